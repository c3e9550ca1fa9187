import './output.css';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { QueryState, rateLimitOf, type QueryLike } from '@/components/query-state';
import type { OutputRef } from '@/lib/query-keys';
import type { RunSample } from '@/lib/result-status';
import { useOutput } from '../api/use-output';
import { useDecodedFile, type DecodedFile } from '../hooks/use-decoded-file';
import { useScrollToId } from '../hooks/use-scroll-to-id';
import { SelectLineContext } from '../hooks/use-select-line';
import type { CaptionSlot } from '../caption-slot';
import type { DiffSide, LineTarget } from '../lib/diff-rows';
import { lineId, type LineAnchor } from '../lib/line-anchor';
import type { ShareFacts, ShareOutcome } from '../lib/share-markdown';
import { isNotFound, type Baseline, type OutputState } from '../output-state';
import { serverContext, type ContextLines, type DiffView } from '../output-search';
import { DiffersView, type DiffDisplay } from './differs-view';
import { DownloadButtons } from './download-buttons';
import { ExitCodeNotice } from './exit-code-notice';
import { MatchedPanel } from './matched-panel';
import { MissingOutputPanel } from './missing-output-panel';
import { NoBaselinePanel } from './no-baseline-panel';
import { NotInStoragePanel } from './not-in-storage-panel';
import { AgainstView } from './against-view';
import { ShareButtons } from './share-buttons';

/** What the review slot (given by the app) needs to know of the output's state. */
export type OutputReviewFacts = {
  /** The output may be approved as expected: it differs from its expected file, or has none. null otherwise. */
  approvable: 'differs' | 'no_baseline' | null;
  /** The diff's counts, for a differing output. */
  summary?: { added: number; removed: number; hunks: number };
  /** The sha256 of the expected file this run was compared with; null when it had none; undefined while unknown. */
  compared: string | null | undefined;
  /** The sha256 of the file this run produced, when it differs and the server sent one. */
  actual?: string;
};

export type OutputScreenProps = {
  outputRef: OutputRef;
  view: DiffView;
  context: ContextLines;
  anchor: LineAnchor | null;
  onViewChange: (view: DiffView) => void;
  onContextChange: (context: ContextLines) => void;
  /** `?w=1`: whitespace-only line changes shown as unchanged. */
  hideWhitespace?: boolean;
  onHideWhitespaceChange?: (hide: boolean) => void;
  /** A line number was clicked: the route puts it in the hash (replacing, not pushing, history). */
  onSelectLine: (side: DiffSide, line: number) => void;
  result: RunSample | undefined;
  /** The regression test's entry for this output: undefined while it loads, null when it has none. */
  baseline?: Baseline | null;
  /** The expected file's readable name from the regression test (for a missing output the run lists no file for). */
  expectedName?: string;
  /** The run's results or the regression test are still loading: a 404 may yet turn out to be a missing output. */
  contextLoading?: boolean;
  facts: ShareFacts;
  /** For caption outputs: the verdict above the diff and the cue view (given by the app). */
  captions?: CaptionSlot;
  /** `?against=`: this run's actual file compared with the same output's actual file in that run, not with expected. */
  against?: number;
  /** Above the file's state: approving it as expected, and whether its baseline changed since (given by the app). */
  review?: (facts: OutputReviewFacts) => ReactNode;
  /** The heading above is not drawn yet: nothing is (the requests go on), so the screen appears whole. */
  hold?: boolean;
};

function shareOutcome(state: OutputState): ShareOutcome | null {
  switch (state.kind) {
    case 'loading':
      return null;
    case 'differs':
      return { kind: 'differs', added: state.diff.diff.summary.added_lines, removed: state.diff.diff.summary.removed_lines };
    case 'not_in_storage':
      return { kind: 'not_in_storage' };
    default:
      return { kind: state.kind };
  }
}

const elementId = (target: LineTarget) => lineId(target.side, target.line);

export function OutputScreen(props: OutputScreenProps) {
  const { outputRef, view, context, anchor, onViewChange, onContextChange, onSelectLine, result, baseline, facts, captions } = props;
  const { diff, actual, expected, state } = useOutput(outputRef, serverContext(context), { result, baseline });
  const expectedDecoded = useDecodedFile(expected.data?.kind === 'file' ? expected.data.file : undefined);
  const actualDecoded = useDecodedFile(actual.data?.kind === 'differs' ? actual.data.file : undefined);
  // Matched files are identical, so #R12 is line 12 of the expected file shown.
  const expectedOnly = state.kind === 'matched' || state.kind === 'missing_output';
  const target = useMemo<LineTarget | null>(() => {
    if (!anchor || anchor.side === 'cue') return null;
    return { side: expectedOnly ? 'expected' : anchor.side, line: anchor.line };
  }, [anchor, expectedOnly]);
  // A click on a line number sets the hash but must not scroll; a link opened or changed otherwise does.
  const [clicked, setClicked] = useState<string | null>(null);
  const targetId = target && state.kind !== 'loading' && !props.hold ? elementId(target) : null;
  useScrollToId(targetId !== clicked ? targetId : null);
  // One function for the screen's whole life, given to every line number through context (hooks/use-select-line.ts):
  // a new one would re-render every row on screen.
  const latestOnSelectLine = useRef(onSelectLine);
  useLayoutEffect(() => {
    latestOnSelectLine.current = onSelectLine;
  });
  const selectLine = useCallback((side: DiffSide, line: number) => {
    setClicked(elementId({ side, line }));
    latestOnSelectLine.current(side, line);
  }, []);
  const sideTarget = (side: DiffSide) => (target?.side === side ? target.line : null);

  // A 404 is not "Not found" before the run and the regression test had their say: it may be a missing output.
  const failed = [diff, actual, expected].find((q) => q.isError && q.data === undefined);
  const firstError = failed && !(props.contextLoading && isNotFound(failed.error)) ? failed : undefined;
  // Whichever of the three requests a 429 held up, and whichever answered first, the wait says why.
  const requests: QueryLike<unknown>[] = [diff, actual, expected];
  const waiting = firstError ?? requests.find((q) => rateLimitOf(q)) ?? diff;
  const noBaseline = expected.data?.kind === 'missing_expected';
  const reviewFacts: OutputReviewFacts = {
    approvable:
      state.kind === 'differs' && !state.variant
        ? 'differs'
        : state.kind === 'missing_expected' && actual.data?.kind === 'differs'
          ? 'no_baseline'
          : null,
    summary:
      state.kind === 'differs'
        ? {
            added: state.diff.diff.summary.added_lines,
            removed: state.diff.diff.summary.removed_lines,
            hunks: state.diff.diff.summary.changed_hunks,
          }
        : undefined,
    compared: expected.data?.kind === 'file' ? (expected.data.file.sha256 ?? undefined) : noBaseline ? null : undefined,
    actual: actual.data?.kind === 'differs' ? actual.data.file.sha256 : undefined,
  };

  if (props.hold) return null;
  const display: DiffDisplay = {
    view,
    context,
    onViewChange,
    onContextChange,
    hideWhitespace: props.hideWhitespace ?? false,
    onHideWhitespaceChange: props.onHideWhitespaceChange,
    target,
    captions,
  };
  // A file the state will offer for download keeps its button's place (disabled) while it loads.
  const loading = (decoded: DecodedFile | undefined, query: { isError: boolean }) => !decoded && !query.isError;
  const offers = (side: DiffSide) =>
    state.kind === 'differs' ||
    (state.kind === 'not_in_storage' ? state.side !== side : side === 'expected' ? expectedOnly : state.kind === 'missing_expected');
  const coming = {
    expected: offers('expected') && !noBaseline && loading(expectedDecoded, expected),
    actual: offers('actual') && loading(actualDecoded, actual),
  };

  return (
    <SelectLineContext value={selectLine}>
      <div className="output-toolbar">
        <ShareButtons facts={facts} outcome={shareOutcome(state)} />
        <DownloadButtons
          outputRef={outputRef}
          context={serverContext(context)}
          filename={facts.filename}
          expected={expectedDecoded}
          actual={state.kind === 'matched' ? undefined : actualDecoded}
          withDiff={state.kind === 'differs'}
          coming={coming}
        />
      </div>
      {/* Until the output's state is known only the wait is drawn below the toolbar: the notices and the state come
          in one go, so none of them pushes another down. */}
      {state.kind === 'loading' && props.against === undefined ? (
        <QueryState query={waiting} what={firstError || waiting !== diff ? 'this output' : 'the diff'}>
          {() => null}
        </QueryState>
      ) : (
        <>
          <ExitCodeNotice result={result} />
          {props.review && !props.against && state.kind !== 'loading' && props.review(reviewFacts)}
        </>
      )}
      {props.against !== undefined ? (
        <AgainstView outputRef={outputRef} againstRunId={props.against} {...display} />
      ) : state.kind === 'loading' ? null : state.kind === 'matched' ? (
        <MatchedPanel expected={expectedDecoded} expectedQuery={expected} noBaseline={noBaseline} target={sideTarget('expected')} />
      ) : state.kind === 'missing_output' ? (
        <MissingOutputPanel
          result={result}
          expected={expectedDecoded}
          expectedQuery={expected}
          noBaseline={noBaseline}
          baseline={baseline ? { regressionId: outputRef.regressionId, output: baseline } : baseline}
          expectedName={props.expectedName}
          target={sideTarget('expected')}
        />
      ) : state.kind === 'missing_expected' ? (
        <NoBaselinePanel
          actual={actualDecoded}
          actualQuery={actual}
          hasActual={actual.data?.kind !== 'matched' && actual.data?.kind !== 'missing_output'}
          target={sideTarget('actual')}
        />
      ) : state.kind === 'not_in_storage' ? (
        <NotInStoragePanel
          side={state.side}
          other={state.side === 'actual' ? expectedDecoded : actualDecoded}
          otherQuery={state.side === 'actual' ? expected : actual}
          target={target && target.side !== state.side ? target.line : null}
        />
      ) : (
        <DiffersView
          diff={state.diff.diff}
          expected={expectedDecoded}
          expectedQuery={expected}
          actual={actualDecoded}
          actualQuery={actual}
          {...display}
          variant={state.variant}
        />
      )}
    </SelectLineContext>
  );
}
