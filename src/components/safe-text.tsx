// Text from data (sample names, filenames, branches, commands, server messages) comes from untrusted pull requests
// and uploads. React already renders it as text, never as HTML; this also keeps it from hiding or reordering what is
// around it: bidi overrides, zero-width and control characters and line breaks become visible `<U+202E>` marks,
// and the whole is a <bdi>, so even legitimate right-to-left names cannot reorder the sentence they sit in.
import './safe-text.css';
import { codePointName, visibleSegments } from '@/lib/invisible-chars';

type Props = {
  text: string | null | undefined;
  /** Shown when there is no text. */
  fallback?: string;
  className?: string;
};

export function SafeText({ text, fallback = '', className }: Props) {
  const value = text ?? fallback;
  const segments = visibleSegments(value);
  if (segments.every((segment) => !segment.hidden)) return <bdi className={className}>{value}</bdi>;
  return (
    <bdi className={className}>
      {segments.map((segment, index) =>
        segment.hidden ? (
          <span
            key={index}
            className="hidden-char"
            title={`Hidden character ${codePointName(segment.hidden.codePoint)}`}
            data-hidden-char={segment.hidden.kind}
          >
            {segment.text}
          </span>
        ) : (
          segment.text
        ),
      )}
    </bdi>
  );
}
