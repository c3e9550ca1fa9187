import { useEffect, useMemo, useState } from 'react';
import { ErrorState } from '@/components/error-state';
import { Loading } from '@/components/query-state';
import type { OutputRef } from '@/lib/query-keys';
import type { Diff } from '@/api/types';
import { textOf, useDecodedFile } from '../hooks/use-decoded-file';
import { useRunActual, type RunActual } from '../hooks/use-run-actual';
import { SideNamesContext, type SideNames } from '../hooks/use-side-names';
import { startFullDiff } from '../lib/full-diff-client';
import type { FullDiffResult } from '../lib/full-diff';
import type { ContextLines } from '../output-search';
import { DiffersView, type DiffDisplay } from './differs-view';
import { FileSection } from './file-section';

type Props = DiffDisplay & {
  outputRef: OutputRef;
  /** The run whose actual file of the same output this one's is compared with (`?against=`). */
  againstRunId: number;
};

/** "Actual in run 7001 vs actual in run 7003": what the two sides are called, in the heading and every column. */
export function againstTitle(runId: number, againstRunId: number) {
  return `Actual in run ${runId} vs actual in run ${againstRunId}`;
}

/**
 * This run's actual file compared with the same output's actual file in another run (the base run, or the other
 * platform's run of the commit), diffed in the browser (in the worker). The other run on the left (`#L`), this run
 * on the right (`#R`). A side that matched its expected file is shown by that file, and says so; a side without a
 * file says why.
 */
export function AgainstView(props: Props) {
  const { outputRef, againstRunId, ...display } = props;
  const otherRef = useMemo(() => ({ ...outputRef, runId: againstRunId }), [outputRef, againstRunId]);
  const other = useRunActual(otherRef);
  const mine = useRunActual(outputRef);
  const otherDecoded = useDecodedFile(other.state.kind === 'file' ? other.state.file : undefined);
  const mineDecoded = useDecodedFile(mine.state.kind === 'file' ? mine.state.file : undefined);
  const names: SideNames = useMemo(
    () => ({
      expected: `Actual in run ${againstRunId}`,
      actual: `Actual in run ${outputRef.runId}`,
      short: { expected: `run ${againstRunId}`, actual: `run ${outputRef.runId}` },
    }),
    [againstRunId, outputRef.runId],
  );
  const diff = useComputedDiff(textOf(otherDecoded), textOf(mineDecoded), outputRef, display.context);
  const title = againstTitle(outputRef.runId, againstRunId);

  const absent = [sideAbsence(other.state, againstRunId, 'against'), sideAbsence(mine.state, outputRef.runId, 'this')].filter(
    (text): text is string => text !== null,
  );
  const failed = [other, mine].find((side) => side.state.kind === 'error');
  const matchedNotes = [
    other.state.kind === 'file' && other.state.matched && `Run ${againstRunId} matched its expected file: that file stands for its output.`,
    mine.state.kind === 'file' &&
      mine.state.matched &&
      `Run ${outputRef.runId} matched its expected file: that file stands for its output.`,
  ].filter((text): text is string => !!text);

  let body;
  if (failed?.state.kind === 'error') {
    const which = failed === other ? `the output in run ${againstRunId}` : `the output in run ${outputRef.runId}`;
    body = <ErrorState error={failed.state.error} what={which} onRetry={() => void failed.query.refetch()} />;
  } else if (absent.length > 0) {
    // One side has nothing to compare: say so, and show the side that has a file.
    const present = other.state.kind === 'file' ? 'expected' : mine.state.kind === 'file' ? 'actual' : null;
    body = (
      <>
        <section className="state-panel state-panel--warn" aria-labelledby="state-title">
          <h2 id="state-title">{title}</h2>
          {absent.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </section>
        {present && (
          <FileSection
            side={present}
            decoded={present === 'expected' ? otherDecoded : mineDecoded}
            query={present === 'expected' ? other.query : mine.query}
            target={display.target?.side === present ? display.target.line : null}
          />
        )}
      </>
    );
  } else if (diff.state === 'loading' || !otherDecoded || !mineDecoded) {
    body = <Loading what={diff.state === 'computing' ? 'the comparison (diffing in the browser)' : 'both actual files'} />;
  } else if (diff.state === 'failed') {
    body = <p className="notice notice--fail">The browser could not compare the files: {diff.message}</p>;
  } else if (diff.state === 'done' && diff.result.kind === 'diff' && diff.result.diff.status === 'identical') {
    body = (
      <>
        <section className="state-panel state-panel--pass" aria-labelledby="state-title">
          <h2 id="state-title">
            <span aria-hidden="true">= </span>
            {title}: identical
          </h2>
          <p>The two runs produced the same file for this output.</p>
        </section>
        <FileSection side="actual" decoded={mineDecoded} query={mine.query} target={display.target ? display.target.line : null} />
      </>
    );
  } else if (diff.state === 'done' && diff.result.kind === 'diff') {
    body = (
      <DiffersView
        diff={diff.result.diff}
        expected={otherDecoded}
        expectedQuery={other.query}
        actual={mineDecoded}
        actualQuery={mine.query}
        {...display}
        title={title}
      />
    );
  } else {
    body = (
      <p className="notice notice--warn">
        The two files differ almost everywhere (
        {diff.state === 'done' && diff.result.kind === 'too-different' ? diff.result.sharedLines : 0} lines in common): a line diff would
        not help. Download both to compare them.
      </p>
    );
  }

  return (
    <SideNamesContext value={names}>
      {matchedNotes.map((text) => (
        <p key={text} className="notice notice--info">
          {text}
        </p>
      ))}
      {body}
    </SideNamesContext>
  );
}

function sideAbsence(state: RunActual, runId: number, which: 'this' | 'against'): string | null {
  const run = which === 'this' ? `This run (${runId})` : `Run ${runId}`;
  if (state.kind === 'missing_output') return `${run} produced no file for this output (missing output): there is nothing to compare.`;
  if (state.kind === 'absent') return `${run} has no such output (or produced no file for it): there is nothing to compare.`;
  return null;
}

type ComputedDiff =
  { state: 'loading' } | { state: 'computing' } | { state: 'done'; result: FullDiffResult } | { state: 'failed'; message: string };

/** The diff of two texts, computed in the worker once both are here (again when the context changes). */
function useComputedDiff(left: string | undefined, right: string | undefined, ref: OutputRef, context: ContextLines): ComputedDiff {
  const [result, setResult] = useState<{ key: string; value: ComputedDiff } | null>(null);
  const lines = context === 'all' ? 3 : context;
  const ready = left !== undefined && right !== undefined;
  const key = `${ref.runId}:${ref.outputId}:${lines}:${left?.length}:${right?.length}`;
  useEffect(() => {
    if (left === undefined || right === undefined) return;
    const ids: Pick<Diff, 'run_id' | 'sample_id' | 'regression_id' | 'output_id'> = {
      run_id: ref.runId,
      sample_id: ref.sampleId,
      regression_id: ref.regressionId,
      output_id: ref.outputId,
    };
    const job = startFullDiff({ expected: left, actual: right, ids, context: lines }, () => {});
    job.result.then(
      (value) => setResult({ key, value: { state: 'done', result: value } }),
      (error: unknown) => setResult({ key, value: { state: 'failed', message: String(error) } }),
    );
    return () => job.cancel();
  }, [left, right, ref.runId, ref.sampleId, ref.regressionId, ref.outputId, lines, key]);
  if (!ready) return { state: 'loading' };
  return result?.key === key ? result.value : { state: 'computing' };
}
