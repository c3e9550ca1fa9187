import { diffWords, diffWordsWithSpace } from 'diff';
import { Fragment, useMemo } from 'react';
import { SafeText } from '@/components/safe-text';

/** Word diffs grow superlinearly with length: past this, a changed cue shows whole. */
export const MAX_WORD_DIFF_CHARS = 2_000;

type Props = {
  expected: string;
  actual: string;
  side: 'expected' | 'actual';
  /** Spaces are the difference: diff them too and make them visible. */
  spaces: boolean;
};

/** One side of a cue's text, with the words the other side lacks marked as removed (expected) or added (actual). */
export function CueTextDiff({ expected, actual, side, spaces }: Props) {
  const text = side === 'expected' ? expected : actual;
  const other = side === 'expected' ? actual : expected;
  // Diffed from the other side to this one, so unchanged words keep this side's own spacing and line breaks.
  const parts = useMemo(() => {
    if (text === other || text === '' || other === '') return null;
    if (text.length > MAX_WORD_DIFF_CHARS || other.length > MAX_WORD_DIFF_CHARS) return null;
    return (spaces ? diffWordsWithSpace : diffWords)(other, text);
  }, [text, other, spaces]);
  if (!parts) return <CueLines text={text} />;
  return (
    <>
      {parts.map((part, i) => {
        if (part.removed) return null;
        if (!part.added) return <CueLines key={i} text={part.value} />;
        const shown = spaces ? part.value.replace(/ /g, '·').replace(/\t/g, '→') : part.value;
        return side === 'expected' ? (
          <del key={i} className="cue-word cue-word--removed" title="Not in the actual cue">
            <CueLines text={shown} />
          </del>
        ) : (
          <ins key={i} className="cue-word cue-word--added" title="Not in the expected cue">
            <CueLines text={shown} />
          </ins>
        );
      })}
    </>
  );
}

/** A cue's lines as lines; anything else hidden (bidi controls, zero-width) made visible. */
function CueLines({ text }: { text: string }) {
  const lines = text.split('\n');
  return (
    <>
      {lines.map((line, i) => (
        <Fragment key={i}>
          {i > 0 && <br />}
          <SafeText text={line} />
        </Fragment>
      ))}
    </>
  );
}
