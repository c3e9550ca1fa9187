import './binary-compare.css';
import { useMemo } from 'react';
import { useSha256 } from '../hooks/use-sha256';
import type { OutputFile } from '../api/get-actual';
import { formatNumber } from '@/lib/format-count';
import { hexDump } from '../lib/hex-dump';

type Side = { file: OutputFile; bytes: Uint8Array };

function firstDifference(a: Uint8Array, b: Uint8Array): number | null {
  const end = Math.min(a.length, b.length);
  for (let i = 0; i < end; i += 1) if (a[i] !== b[i]) return i;
  return a.length === b.length ? null : end;
}

/** Binary outputs: sizes, hashes and hex dumps side by side instead of a text diff of garbage. */
export function BinaryCompare({ expected, actual }: { expected: Side; actual: Side }) {
  const expectedHash = useSha256(expected.bytes, expected.file.truncated ? null : expected.file.sha256);
  const actualHash = useSha256(actual.bytes, actual.file.truncated ? null : actual.file.sha256);
  const difference = useMemo(() => firstDifference(expected.bytes, actual.bytes), [expected.bytes, actual.bytes]);
  const dumps = (from: number) =>
    [hexDump(expected.bytes, { from, maxBytes: 256 }), hexDump(actual.bytes, { from, maxBytes: 256 })] as const;
  const [startExpected, startActual] = dumps(0);
  const around = difference !== null && difference >= 256 ? dumps(Math.max(0, difference - 64)) : null;
  return (
    <section className="binary-compare" aria-labelledby="binary-title">
      <h3 id="binary-title">Binary files differ</h3>
      <table className="table binary-compare__facts">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">Expected</th>
            <th scope="col">Actual</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Size</th>
            <td>{formatNumber(expected.bytes.length)} bytes</td>
            <td>{formatNumber(actual.bytes.length)} bytes</td>
          </tr>
          <tr>
            <th scope="row">sha256</th>
            <td>
              <code className="break">{expectedHash ?? '…'}</code>
            </td>
            <td>
              <code className="break">{actualHash ?? '…'}</code>
            </td>
          </tr>
        </tbody>
      </table>
      <p>
        {difference === null
          ? 'The bytes received are identical.'
          : `First difference at byte ${formatNumber(difference)} (0x${difference.toString(16).padStart(8, '0')}).`}
      </p>
      <HexPair title="The first 256 bytes" expected={startExpected} actual={startActual} />
      {around && <HexPair title="Around the first difference" expected={around[0]} actual={around[1]} />}
    </section>
  );
}

function HexPair({ title, expected, actual }: { title: string; expected: readonly string[]; actual: readonly string[] }) {
  return (
    <div className="hex-pair">
      <h4>{title}</h4>
      <div className="hex-pair__sides">
        <figure>
          <figcaption>Expected</figcaption>
          <pre className="hexdump">{expected.join('\n')}</pre>
        </figure>
        <figure>
          <figcaption>Actual</figcaption>
          <pre className="hexdump">{actual.join('\n')}</pre>
        </figure>
      </div>
    </div>
  );
}
