import './run-activity.css';
import { useState, type ReactNode } from 'react';

type Props = {
  title: string;
  /** Open from the start (a queued or running run's progress); otherwise one click away. */
  initiallyOpen?: boolean;
  /** Beside the title, in the summary. */
  note?: ReactNode;
  /** Rendered (and its requests sent) only once the section is open: closed sections cost no reads. */
  children: () => ReactNode;
};

/** A section of the run's activity (progress, errors, artifacts) that reads nothing until it is opened. */
export function ActivitySection({ title, initiallyOpen = false, note, children }: Props) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details className="activity-section" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <h2 className="activity-section__title">{title}</h2>
        {note}
      </summary>
      {open && <div className="activity-section__body">{children()}</div>}
    </details>
  );
}
