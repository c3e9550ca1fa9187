import './differs-view.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Loading } from '@/components/query-state';
import { NARROW_SCREEN, useMediaQuery } from '@/hooks/use-media-query';
import type { CaptionFiles, CaptionSlot } from '../caption-slot';
import { textOf, type DecodedFile } from '../hooks/use-decoded-file';
import { useInvisibleNotes } from '../hooks/use-invisible-notes';
import { useSideNames } from '../hooks/use-side-names';
import { compareEncodings } from '../lib/compare-encodings';
import { diffCompleteness } from '../lib/diff-completeness';
import { diffGaps, locateLine } from '../lib/diff-blocks';
import { diffModel, type DiffSide, type LineTarget } from '../lib/diff-rows';
import { displayLine } from '../lib/display-line';
import { hasFinalNewline, splitFileLines } from '../lib/file-lines';
import { formatNumber } from '@/lib/format-count';
import { startFullDiff, type FullDiffJob } from '../lib/full-diff-client';
import { ignoreTrailingWhitespace } from '../lib/ignore-whitespace';
import { detectLineEnding } from '../lib/invisibles';
import type { ContextLines, DiffView } from '../output-search';
import { BinaryCompare } from './binary-compare';
import { CompletenessNotice, type FullDiffStatus } from './completeness-notice';
import { DiffControls } from './diff-controls';
import { DiffSummaryBar } from './diff-summary-bar';
import type { FileQuery } from './file-section';
import { FileFactsSlot } from './file-facts-slot';
import { HiddenWhitespaceNotice, WhitespaceOnlyBadge } from './whitespace-notices';
import { HunkList } from './hunk-list';
import { InvisibleNotes } from './invisible-notes';
import { SideBySideView } from './side-by-side-view';
import type { Diff } from '@/api/types';

/** How the reader asked to see a diff (from the URL), and the verdict and cue view of caption outputs. */
export type DiffDisplay = {
  view: DiffView;
  context: ContextLines;
  onViewChange: (view: DiffView) => void;
  onContextChange: (context: ContextLines) => void;
  hideWhitespace: boolean;
  onHideWhitespaceChange?: (hide: boolean) => void;
  target: LineTarget | null;
  /** For caption outputs: the verdict and the cue view. */
  captions?: CaptionSlot;
};

type Props = DiffDisplay & {
  diff: Diff;
  expected: DecodedFile | undefined;
  expectedQuery: FileQuery;
  actual: DecodedFile | undefined;
  actualQuery: FileQuery;
  /** The actual file equals an accepted variant of the expected one: a pass, whose diff is still worth seeing. */
  variant?: boolean;
  /** The state's heading when the two sides are not expected and actual ("Actual in run 7001 vs actual in run 7003"). */
  title?: string;
};

type FullDiff = { status: FullDiffStatus; diff?: Diff };

function contentOf(decoded: DecodedFile | undefined) {
  return decoded && 'decoded' in decoded ? decoded.decoded : undefined;
}

function fileInfo(text: string | undefined, truncated: boolean) {
  if (text === undefined) return null;
  const lines = splitFileLines(text);
  return { lines, finalNewline: hasFinalNewline(text), ending: detectLineEnding(text), truncated };
}

/** The "differs" state: summary, controls, what the eye cannot see, then the hunks. */
export function DiffersView(props: Props) {
  const { diff, expected, actual, view, context, target } = props;
  const names = useSideNames();
  const expectedContent = contentOf(expected);
  const actualContent = contentOf(actual);
  const expectedText = textOf(expected);
  const actualText = textOf(actual);
  const e = useMemo(() => fileInfo(expectedText, expected?.file.truncated === true), [expectedText, expected]);
  const a = useMemo(() => fileInfo(actualText, actual?.file.truncated === true), [actualText, actual]);

  // CR is only worth showing when the line endings differ (or are mixed): otherwise every CRLF line would carry it.
  const showCr = !!e && !!a && (e.ending !== a.ending || e.ending === 'mixed' || a.ending === 'mixed');
  const displayText = useCallback(
    (text: string, side: DiffSide, line: number) => {
      const info = side === 'expected' ? e : a;
      const noFinalNewline = !!info && !info.truncated && !info.finalNewline && line === info.lines.length;
      return displayLine(text, { showCr, noFinalNewline });
    },
    [e, a, showCr],
  );

  // The encodings compare at once; the invisible differences of two 1 MiB files take a worker's while.
  const bothText = expectedContent?.kind === 'text' && actualContent?.kind === 'text';
  const invisibleNotes = useInvisibleNotes(bothText ? expectedText : undefined, bothText ? actualText : undefined);
  const notes = useMemo(() => {
    if (expectedContent?.kind !== 'text' || actualContent?.kind !== 'text') return [];
    return [...compareEncodings(expectedContent, actualContent), ...invisibleNotes];
  }, [expectedContent, actualContent, invisibleNotes]);

  const completeness = useMemo(() => diffCompleteness(diff), [diff]);
  const [full, setFull] = useState<FullDiff>({ status: { kind: 'idle' } });
  const job = useRef<FullDiffJob | null>(null);
  useEffect(() => () => job.current?.cancel(), []);
  const cannotCompute =
    expectedText === undefined || actualText === undefined
      ? 'Computing the full diff needs both files, and they are not both available yet.'
      : e?.truncated || a?.truncated
        ? 'A file was cut at the API’s 1 MiB limit, so the browser cannot diff it whole: download both files to compare them.'
        : null;
  const compute = (lines: ContextLines) => {
    if (expectedText === undefined || actualText === undefined) return;
    job.current?.cancel();
    setFull((current) => ({ ...current, status: { kind: 'running', fraction: 0 } }));
    const ids = { run_id: diff.run_id, sample_id: diff.sample_id, regression_id: diff.regression_id, output_id: diff.output_id };
    const request = { expected: expectedText, actual: actualText, ids, context: lines === 'all' ? 3 : lines };
    const started = startFullDiff(request, (fraction) =>
      setFull((current) => (current.status.kind === 'running' ? { ...current, status: { kind: 'running', fraction } } : current)),
    );
    job.current = started;
    started.result.then(
      (result) => {
        if (job.current !== started) return;
        setFull(
          result.kind === 'diff'
            ? { status: { kind: 'done', elapsedMs: result.elapsedMs }, diff: result.diff }
            : { status: { kind: 'too-different', sharedLines: result.sharedLines, elapsedMs: result.elapsedMs } },
        );
      },
      (error: unknown) =>
        job.current === started &&
        setFull({ status: { kind: 'failed', message: `The browser could not diff the files: ${String(error)}` } }),
    );
  };
  const onContextChange = (next: ContextLines) => {
    props.onContextChange(next);
    if (full.status.kind === 'done') compute(next);
  };

  const received = full.status.kind === 'done' && full.diff ? full.diff : diff;
  const whitespace = useMemo(() => ignoreTrailingWhitespace(received), [received]);
  const shown = props.hideWhitespace ? whitespace.diff : received;
  const totals = useMemo(
    () => (e && a && !e.truncated && !a.truncated ? { expectedLines: e.lines.length, actualLines: a.lines.length } : null),
    [e, a],
  );
  // A truncated file's last line may be cut mid-way: only whole lines can be revealed.
  const revealable = useMemo(() => (e ? (e.truncated ? e.lines.slice(0, -1) : e.lines) : null), [e]);
  const gaps = useMemo(() => diffGaps(shown, totals, revealable?.length ?? 0), [shown, totals, revealable]);
  // The diff's rows, built once per diff; where the linked line is, worked out once for the notice and the list.
  const model = useMemo(() => diffModel(shown), [shown]);
  const location = useMemo(() => (target ? locateLine(model, gaps, target.side, target.line) : null), [model, gaps, target]);
  const outside = target && totals && location?.kind === 'outside';
  // A link to a line the capped server diff leaves out computes the full diff (in the worker), once per link.
  const autoKey =
    outside && !completeness.complete && !cannotCompute && full.status.kind === 'idle' ? `${target.side}${target.line}` : null;
  const autoComputed = useRef<string | null>(null);
  useEffect(() => {
    if (!autoKey || autoComputed.current === autoKey) return;
    autoComputed.current = autoKey;
    compute(context);
  });

  const binary = expectedContent?.kind === 'binary' || actualContent?.kind === 'binary';
  const binaryPair =
    binary &&
    expected &&
    actual &&
    expectedContent &&
    actualContent &&
    expectedContent.kind !== 'unavailable' &&
    actualContent.kind !== 'unavailable'
      ? { expected: { file: expected.file, bytes: expectedContent.bytes }, actual: { file: actual.file, bytes: actualContent.bytes } }
      : null;
  // Below 900 px the split view shows unified; the URL keeps the user's choice for wider screens.
  const narrow = useMediaQuery(NARROW_SCREEN);
  // The cue view falls back to the line diff for a file that is not captions: split, like the default.
  const split = view !== 'unified' && !narrow;
  const captionFiles = useMemo<CaptionFiles | null>(
    () =>
      expectedText !== undefined && actualText !== undefined
        ? { expected: expectedText, actual: actualText, truncated: !!(e?.truncated || a?.truncated) }
        : null,
    [expectedText, actualText, e, a],
  );
  const cues = view === 'cues' && props.captions;

  const lineDiff =
    full.status.kind === 'too-different' && expectedText !== undefined && actualText !== undefined ? (
      <SideBySideView
        expectedText={expectedText}
        actualText={actualText}
        sharedLines={full.status.sharedLines}
        elapsedMs={full.status.elapsedMs}
        displayText={displayText}
        target={target}
      />
    ) : (
      <HunkList
        model={model}
        gaps={gaps}
        location={location}
        expectedLines={revealable}
        revealAll={context === 'all'}
        split={split}
        displayText={displayText}
        target={target}
      />
    );

  return (
    <section className="differs" aria-labelledby="state-title">
      <div className={`state-panel state-panel--${props.variant ? 'pass' : 'fail'}`}>
        {props.variant ? (
          <>
            <h2 id="state-title">
              <span aria-hidden="true">✓ </span>Matches an accepted variant
            </h2>
            <p>
              The output differs from the expected file but is identical to one of its accepted variants, so it passes. Its differences from
              the expected file:
            </p>
          </>
        ) : (
          <h2 id="state-title">
            <span aria-hidden="true">≠ </span>
            {props.title ?? 'Differs from expected'}
          </h2>
        )}
        <DiffSummaryBar
          added={shown.summary.added_lines}
          removed={shown.summary.removed_lines}
          hunks={shown.summary.changed_hunks}
          expectedLines={e?.lines.length}
          actualLines={a?.lines.length}
          expectedTruncated={e?.truncated}
          actualTruncated={a?.truncated}
        />
        {whitespace.whitespaceOnly && <WhitespaceOnlyBadge lines={whitespace.folded} />}
        {props.captions && !binary && props.captions.verdict(captionFiles)}
      </div>
      <div className="file-facts-pair">
        <FileFactsSlot side={names.expected} decoded={expected} query={props.expectedQuery} />
        <FileFactsSlot side={names.actual} decoded={actual} query={props.actualQuery} />
      </div>
      {binaryPair ? (
        <BinaryCompare expected={binaryPair.expected} actual={binaryPair.actual} />
      ) : binary ? (
        <Loading what="both files to compare their bytes" />
      ) : (
        <>
          <DiffControls
            view={cues ? 'cues' : view === 'cues' ? 'split' : view}
            views={props.captions ? ['split', 'unified', 'cues'] : undefined}
            narrow={narrow}
            context={context}
            onViewChange={props.onViewChange}
            onContextChange={onContextChange}
            hideWhitespace={props.hideWhitespace}
            onHideWhitespaceChange={props.onHideWhitespaceChange}
          />
          {props.hideWhitespace && whitespace.folded > 0 && (
            <HiddenWhitespaceNotice
              lines={whitespace.folded}
              nothingLeft={whitespace.whitespaceOnly}
              onShow={() => props.onHideWhitespaceChange?.(false)}
            />
          )}
          {(!completeness.complete || full.status.kind !== 'idle') && full.status.kind !== 'too-different' && (
            <CompletenessNotice
              reasons={completeness.reasons}
              status={full.status}
              cannotCompute={cannotCompute}
              onCompute={() => compute(context)}
              onShowServerDiff={() => {
                job.current?.cancel();
                job.current = null;
                setFull({ status: { kind: 'idle' } });
              }}
            />
          )}
          <InvisibleNotes notes={notes} />
          {outside && (full.status.kind === 'idle' || full.status.kind === 'done') && (
            <p className="notice notice--warn" role="status">
              Line {formatNumber(target.line)} of the {target.side} file is not in this diff (the file has{' '}
              {formatNumber(target.side === 'expected' ? totals.expectedLines : totals.actualLines)} lines).
            </p>
          )}
          {cues ? captionFiles ? cues.cues(captionFiles, lineDiff) : <Loading what="both files to compare their cues" /> : lineDiff}
        </>
      )}
    </section>
  );
}
