import './output.css';
import { useMemo } from 'react';
import type { DecodedFile } from '../hooks/use-decoded-file';
import type { DiffSide } from '../lib/diff-blocks';
import { displayLine } from '../lib/display-line';
import { hasFinalNewline, splitFileLines } from '../lib/file-lines';
import { formatNumber } from '@/lib/format-count';
import { hexDump } from '../lib/hex-dump';
import { detectLineEnding } from '../lib/invisibles';
import { LineContent } from './line-content';
import { LineList } from './line-list';
import { LineNumberLink } from './line-number-link';

type Props = {
  decoded: DecodedFile;
  side: DiffSide;
  /** Line to highlight and bring into view (a #L / #R link). */
  target?: number | null;
};

/** A whole file, read-only with line numbers: text as text, binary as a hex dump, a lost file as such. */
export function FileTextView({ decoded, side, target = null }: Props) {
  const name = side === 'expected' ? 'Expected' : 'Actual';
  if ('error' in decoded) return <p className="notice notice--warn">{decoded.error}</p>;
  const content = decoded.decoded;
  if (content.kind === 'unavailable') {
    return (
      <p className="notice notice--warn not-in-storage">
        {name} file missing from storage: neither storage backend has it, so its content cannot be shown. It is not an empty file.
      </p>
    );
  }
  if (content.kind === 'binary') {
    const lines = hexDump(content.bytes);
    return (
      <figure className="hexdump-figure">
        <figcaption className="muted">
          Binary file, {formatNumber(content.byteLength)} bytes
          {content.byteLength > 512 ? ': the first 512 bytes' : ''}
        </figcaption>
        <pre className="hexdump">{lines.join('\n')}</pre>
      </figure>
    );
  }
  return <TextLines text={content.text} side={side} target={target} label={`${name} file ${decoded.file.filename}`} />;
}

function TextLines({ text, side, target, label }: { text: string; side: DiffSide; target: number | null; label: string }) {
  const lines = useMemo(() => splitFileLines(text), [text]);
  // CRLF is not a difference within one file; only mixed endings are worth marking.
  const showCr = useMemo(() => detectLineEnding(text) === 'mixed', [text]);
  const lastWithoutNewline = hasFinalNewline(text) ? -1 : lines.length;
  const prefix = side === 'expected' ? 'L' : 'R';
  if (lines.length === 0) return <p className="empty">The file is empty (0 bytes of text).</p>;
  return (
    <LineList
      count={lines.length}
      label={label}
      scrollToIndex={target === null ? null : target - 1}
      renderRow={(index, placement) => {
        const n = index + 1;
        const display = displayLine(lines[index] ?? '', { showCr, noFinalNewline: n === lastWithoutNewline });
        return (
          <div key={n} role="row" id={`${prefix}${n}`} className={`file-view__row${n === target ? ' is-target' : ''}`} {...placement}>
            <span role="rowheader" className="line-number">
              <LineNumberLink side={side} line={n} />
            </span>
            <span role="cell" className="line-text">
              <LineContent text={display} />
            </span>
          </div>
        );
      }}
    />
  );
}
