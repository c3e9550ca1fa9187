import './sign-in-form.css';
import { useState, type Ref } from 'react';

type Props = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
  describedBy?: string;
  ref?: Ref<HTMLInputElement>;
};

/** A password field with a show/hide toggle; never spell-checked or autocorrected, even while shown. */
export function TokenInput({ id, value, onChange, invalid, describedBy, ref }: Props) {
  const [shown, setShown] = useState(false);
  return (
    <div className="field__row signin-token">
      <input
        ref={ref}
        id={id}
        type={shown ? 'text' : 'password'}
        // The token is what the page is for: the cursor starts there.
        autoFocus
        autoComplete="current-password"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      <button
        type="button"
        className="button signin-token__toggle"
        // The label says what a press does; no aria-pressed, which would contradict a changing label.
        aria-controls={id}
        onClick={() => setShown((v) => !v)}
      >
        {shown ? 'Hide token' : 'Show token'}
      </button>
    </div>
  );
}
