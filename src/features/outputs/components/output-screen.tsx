import { useState } from 'react';
import { QueryState } from '@/components/query-state';
import { StatusBadge } from '@/components/status-badge';
import { exitCodeMismatch, exitCodeText, type RunSample } from '@/lib/result-status';
import type { OutputRef } from '@/lib/query-keys';
import { useOutput } from '../api/use-output';
import type { ExpectedResult } from '../api/get-expected';
import type { ContextLines } from '../output-search';
import { FileTextView } from './file-text-view';
import { HunksView } from './hunks-view';

type Props = { outputRef: OutputRef; context: ContextLines; result: RunSample | undefined };

export function OutputScreen({ outputRef, context, result }: Props) {
  const { diff, actual, expected, state } = useOutput(outputRef, context === 'all' ? 50 : context);
  const firstError = [diff, actual, expected].find((q) => q.isError && q.data === undefined);
  return (
    <>
      {result && exitCodeMismatch(result) && (
        <p className="notice notice--fail" role="status">
          <StatusBadge tone="fail">{exitCodeText(result)}</StatusBadge> This result fails on its exit code, whatever its files say.
        </p>
      )}
      {firstError && state.kind === 'loading' ? (
        <QueryState query={firstError} what="this output">
          {() => null}
        </QueryState>
      ) : state.kind === 'loading' ? (
        <QueryState query={diff} what="the diff">
          {() => null}
        </QueryState>
      ) : state.kind === 'matched' ? (
        <section className="state-panel state-panel--pass" aria-labelledby="state-title">
          <h2 id="state-title">Matched expected</h2>
          <p>The output is identical to the expected file: this output passes. The expected content is shown below.</p>
          <ExpectedFile expected={state.expected} />
        </section>
      ) : state.kind === 'missing_output' ? (
        <MissingOutput result={result} expected={state.expected} />
      ) : state.kind === 'missing_expected' ? (
        <section className="state-panel state-panel--warn" aria-labelledby="state-title">
          <h2 id="state-title">No expected baseline</h2>
          <p>Nobody has approved an expected file for this output yet, so there is nothing to compare it with.</p>
          {state.actual?.kind === 'differs' && <FileTextView file={state.actual.file} side="actual" />}
        </section>
      ) : (
        <HunksView diff={state.diff.diff} />
      )}
    </>
  );
}

function ExpectedFile({ expected }: { expected: ExpectedResult | undefined }) {
  if (!expected) return <p className="muted">Loading the expected file…</p>;
  if (expected.kind === 'missing_expected') return <p className="muted">There is no expected file either.</p>;
  return <FileTextView file={expected.file} side="expected" />;
}

function MissingOutput({ result, expected }: { result: RunSample | undefined; expected: ExpectedResult | undefined }) {
  const [show, setShow] = useState(false);
  return (
    <section className="state-panel state-panel--missing" aria-labelledby="state-title">
      <h2 id="state-title">Missing output</h2>
      <p>The test ran but produced no output file at all.</p>
      <dl className="facts">
        <dt>Expected file</dt>
        <dd>{expected?.kind === 'file' ? <code>{expected.file.filename}</code> : '—'}</dd>
        {result?.command != null && (
          <>
            <dt>Command</dt>
            <dd>
              <code>ccextractor {result.command}</code>
            </dd>
          </>
        )}
        {result && (
          <>
            <dt>Exit code</dt>
            <dd>{exitCodeText(result)}</dd>
          </>
        )}
      </dl>
      {expected?.kind === 'file' &&
        (show ? (
          <FileTextView file={expected.file} side="expected" />
        ) : (
          <button type="button" className="button" onClick={() => setShow(true)}>
            Show the expected file
          </button>
        ))}
    </section>
  );
}
