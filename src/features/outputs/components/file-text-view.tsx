import type { OutputFile } from '../api/get-actual';
import { decodeOutputFile, encodingLabel, hexDump } from '../lib/decode-content';

/** A whole file, read-only with line numbers (the matched and missing-output states). */
export function FileTextView({ file, side }: { file: OutputFile; side: 'expected' | 'actual' }) {
  const decoded = decodeOutputFile(file);
  if (decoded.kind === 'unavailable') {
    return <p className="notice notice--warn">File not in storage: the platform has lost this file, so its content cannot be shown.</p>;
  }
  if (decoded.kind === 'binary') {
    return (
      <>
        <p className="muted">Binary file, {decoded.byteLength.toLocaleString('en')} bytes. The first bytes:</p>
        <pre className="hexdump">{hexDump(decoded.bytes).join('\n')}</pre>
      </>
    );
  }
  const lines = decoded.text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const prefix = side === 'expected' ? 'L' : 'R';
  return (
    <>
      <p className="muted">
        {lines.length.toLocaleString('en')} lines · {encodingLabel(decoded.encoding)}
      </p>
      <div className="file-view" role="table" aria-label={`${side === 'expected' ? 'Expected' : 'Actual'} file ${file.filename}`}>
        {lines.map((line, i) => (
          <div role="row" key={i} id={`${prefix}${i + 1}`} className="file-view__row">
            <span role="rowheader" className="line-number">
              {i + 1}
            </span>
            <span role="cell" className="line-text">
              {line}
            </span>
          </div>
        ))}
      </div>
    </>
  );
}
