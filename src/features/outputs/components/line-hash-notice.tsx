import { SafeText } from '@/components/safe-text';

/** A link whose hash names no line (#L12abc, #X5): said, with the spellings that work, instead of ignored. */
export function LineHashNotice({ hash }: { hash: string }) {
  return (
    <p className="notice notice--warn" role="status">
      This link ends in “
      <code>
        <SafeText text={`#${hash.slice(0, 40)}`} />
      </code>
      ”, which names no line: #L12 is line 12 of the expected file, #R12 line 12 of the actual file, #C4 the fourth cue. Showing the output
      from the top.
    </p>
  );
}
