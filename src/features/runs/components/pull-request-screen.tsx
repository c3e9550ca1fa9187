import './pull-request-screen.css';
import { useQuery } from '@tanstack/react-query';
import { Link, useRouter, type ToOptions } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { CopyButton } from '@/components/copy-button';
import { ErrorState } from '@/components/error-state';
import { ExternalLink, pullRequestUrl, safeGithubUrl } from '@/components/github-links';
import { PageHeading } from '@/components/page-heading';
import { QueryState } from '@/components/query-state';
import { RelativeTime } from '@/components/relative-time';
import { RunStatusBadge } from '@/components/run-status-badge';
import { StatusBadge } from '@/components/status-badge';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { outputLink } from '@/lib/output-link';
import { readableOutputName } from '@/lib/output-name';
import { queryKeys } from '@/lib/query-keys';
import { usePullRequestRuns, type PullRequestScan } from '../api/get-pull-request-runs';
import type { Platform, Run } from '../api/run-status';
import { BASE_CLASS_COUNT_WORDS } from '../base-comparison';
import { usePlatformComparison } from '../hooks/use-platform-comparison';
import {
  flakyKey,
  PLATFORMS,
  pullRequestCommits,
  pullRequestMarkdown,
  type FailureRow,
  type FlakyMarks,
  type PlatformSummary,
  type SummaryUrls,
} from '../pull-request';
import { BaseClassWord } from './base-comparison-summary';
import { RunsTable } from './runs-table';

/** A failing result whose sample history may show it is flaky. */
export type FlakyCandidate = { sampleId: number; regressionId: number; platform: Platform };
/**
 * The app's way to tell flaky tests (the samples feature reads histories): evidence keyed by `flakyKey`. Each
 * distinct sample costs one read, so it runs only on request.
 */
export type FlakyCheck = (candidates: readonly FlakyCandidate[]) => Promise<Record<string, string>>;

type Props = { prNumber: number; checkFlaky?: FlakyCheck };

/** Rows of a class shown before "Show all". */
const SHOWN = 10;

/**
 * `/pr/:number`: the pull request's runs on both platforms, newest commit first, and the newest commit's failures
 * compared with each platform's base run, side by side; "Copy summary for GitHub" copies them as Markdown.
 */
export function PullRequestScreen({ prNumber, checkFlaky }: Props) {
  useDocumentTitle(`Pull request #${prNumber}`);
  const scans = usePullRequestRuns(prNumber);
  const pages = scans.data?.pages;
  const runs = useMemo(() => pages?.flatMap((page) => page.runs) ?? [], [pages]);
  const commits = useMemo(() => pullRequestCommits(runs), [runs]);
  const newest = commits[0];
  const github = newest ? (safeGithubUrl(newest.head.github_link) ?? pullRequestUrl(newest.head.repository, prNumber)) : null;

  return (
    <>
      <Breadcrumbs items={[{ label: 'Runs', link: { to: '/' } }, { label: `Pull request #${prNumber}` }]} />
      <div className="pr-heading">
        <PageHeading>Pull request #{prNumber}</PageHeading>
        {github && (
          <ExternalLink href={github} className="pr-heading__github" title={`Pull request #${prNumber} on GitHub`}>
            on GitHub ↗
          </ExternalLink>
        )}
      </div>
      <QueryState query={scans} what={`the runs of pull request #${prNumber}`}>
        {(data) => (
          <>
            <ScanNote
              pages={data.pages}
              found={runs.length}
              more={scans.hasNextPage}
              loadingMore={scans.isFetchingNextPage}
              onMore={() => void scans.fetchNextPage()}
            />
            {scans.isFetchNextPageError && scans.error && (
              <ErrorState error={scans.error} what="older runs" onRetry={() => void scans.fetchNextPage()} />
            )}
            {newest ? (
              <NewestCommit
                key={newest.key}
                prNumber={prNumber}
                head={newest.head}
                byPlatform={newest.byPlatform}
                checkFlaky={checkFlaky}
              />
            ) : (
              <p className="empty">No run of pull request #{prNumber} among them: it may be older, or not tested on the platform.</p>
            )}
            {runs.length > 0 && (
              <section aria-labelledby="pr-runs-heading">
                <h2 id="pr-runs-heading">
                  Every run of this pull request{' '}
                  <span className="muted heading-count">
                    {commits.length} commit{commits.length === 1 ? '' : 's'}, {runs.length} run{runs.length === 1 ? '' : 's'}
                  </span>
                </h2>
                <RunsTable
                  runs={commits.flatMap((c) => [...c.byPlatform.linux, ...c.byPlatform.windows])}
                  platforms={PLATFORMS}
                  pullRequestLinks={false}
                />
              </section>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}

/** How far the look through the runs list went, in words ("Looked through the newest 300 runs"). */
function ScanNote({
  pages,
  found,
  more,
  loadingMore,
  onMore,
}: {
  pages: PullRequestScan[];
  found: number;
  more: boolean;
  loadingMore: boolean;
  onMore: () => void;
}) {
  const looked = pages.reduce((sum, page) => sum + page.looked, 0);
  const oldest = pages.at(-1)?.oldest ?? null;
  return (
    <p className="pr-scan muted">
      {more ? `Looked through the newest ${looked} runs` : `Looked through all ${looked} runs`}
      {oldest && (
        <>
          {' '}
          (back to <RelativeTime value={oldest} />)
        </>
      )}
      : {found} of them belong to this pull request
      {more ? '. The API cannot list one pull request’s runs: older ones may be further back.' : '.'}{' '}
      {more && (
        <button type="button" className="button button--quiet" onClick={onMore} disabled={loadingMore}>
          {loadingMore ? 'Looking…' : 'Look through older runs'}
        </button>
      )}
    </p>
  );
}

type NewestProps = { prNumber: number; head: Run; byPlatform: Record<Platform, Run[]>; checkFlaky?: FlakyCheck };

/** The newest commit: each platform's run against its base run, side by side, and the summary to copy. */
function NewestCommit({ prNumber, head, byPlatform, checkFlaky }: NewestProps) {
  const linux = usePlatformComparison('linux', byPlatform.linux[0]);
  const windows = usePlatformComparison('windows', byPlatform.windows[0]);
  const summaries = [linux.summary, windows.summary];
  const flaky = useFlaky(prNumber, summaries, checkFlaky);
  const byName = { linux, windows };
  const router = useRouter();

  const copy = () => {
    const absolute = (link: ToOptions) => `${window.location.origin}${router.buildLocation(link).publicHref}`;
    const urls: SummaryUrls = {
      page: absolute({ to: '/pr/$number', params: { number: String(prNumber) } }),
      run: (runId, onlyNew) => absolute({ to: '/runs/$runId', params: { runId: String(runId) }, search: onlyNew ? { status: 'new' } : {} }),
      output: (row, runId) => absolute(rowLink(row, runId)),
    };
    return pullRequestMarkdown(prNumber, head, summaries, flaky.marks, urls);
  };
  const ready = summaries.every((s) => s.state !== 'loading');

  return (
    <section className="pr-commit" aria-labelledby="pr-commit-heading">
      <div className="pr-commit__head">
        <h2 id="pr-commit-heading">
          Newest commit <code>{head.commit_sha.slice(0, 7)}</code>{' '}
          <span className="muted heading-count">
            <RelativeTime value={head.created_at} />
          </span>
        </h2>
        <span className="spacer" />
        {checkFlaky && <FlakyButton flaky={flaky} />}
        <CopyButton
          value={copy}
          label={ready ? 'Copy summary for GitHub' : 'Copy summary for GitHub (still loading)'}
          what="Summary"
          className="button button--primary"
        />
      </div>
      <p className="muted pr-commit__how">
        Each run is compared with its base run: the newest finished run on master, same platform, created before it.
      </p>
      <div className="pr-platforms">
        {PLATFORMS.map((platform) => (
          <PlatformPanel key={platform} comparison={byName[platform]} flaky={flaky.marks} />
        ))}
      </div>
    </section>
  );
}

type FlakyState = ReturnType<typeof useFlaky>;

/** "Check for flaky tests": the failing results' sample histories, read on request (one read per sample). */
function useFlaky(prNumber: number, summaries: PlatformSummary[], checkFlaky: FlakyCheck | undefined) {
  const [asked, setAsked] = useState(false);
  // The rows change only with the results and the comparison: the candidates are worked out once per pair.
  const [first, second] = summaries.map((s) => (s.state === 'ready' ? s : null));
  const candidates = useMemo(
    () =>
      [first, second].flatMap((s) =>
        s
          ? [...s.failures.new, ...s.failures.already, ...s.failures.notInBase].flatMap((row) =>
              row.result.sample_id === null
                ? []
                : [{ sampleId: row.result.sample_id, regressionId: row.result.regression_test_id, platform: s.platform }],
            )
          : [],
      ),
    [first, second],
  );
  const ready = summaries.every((s) => s.state !== 'loading');
  const runIds = summaries.flatMap((s) => (s.run ? [s.run.run_id] : []));
  const query = useQuery({
    queryKey: queryKeys.pullRequests.flaky(prNumber, runIds),
    queryFn: () => (checkFlaky ? checkFlaky(candidates) : Promise.resolve({})),
    enabled: asked && ready && !!checkFlaky,
    staleTime: 5 * 60_000,
  });
  const samples = new Set(candidates.map((c) => c.sampleId)).size;
  const marks: FlakyMarks = query.data ?? null;
  return { ask: () => setAsked(true), query, samples, candidates: candidates.length, marks, ready };
}

function FlakyButton({ flaky }: { flaky: FlakyState }) {
  if (flaky.marks) {
    const count = Object.keys(flaky.marks).length;
    return (
      <span className="pr-flaky-done" role="status">
        {count === 0 ? 'No failure looks flaky' : `${count} flaky`} (checked {flaky.candidates} failures)
      </span>
    );
  }
  if (flaky.query.isError) {
    return <ErrorState error={flaky.query.error} what="the sample histories" onRetry={() => void flaky.query.refetch()} />;
  }
  const checking = flaky.query.isFetching;
  return (
    <button
      type="button"
      className="button"
      onClick={flaky.ask}
      disabled={checking || !flaky.ready || flaky.candidates === 0}
      title={`Reads the recent history of ${flaky.samples} sample${flaky.samples === 1 ? '' : 's'} (one API read each)`}
    >
      {checking ? `Checking ${flaky.samples} samples…` : 'Check for flaky tests'}
    </button>
  );
}

/** Where a row leads: its output screen, else its sample screen, else its run. */
function rowLink(row: FailureRow, runId: number): ToOptions {
  const { result, output } = row;
  if (result.sample_id !== null && output) {
    return outputLink({ runId, sampleId: result.sample_id, regressionId: result.regression_test_id, outputId: output.output_id });
  }
  if (result.sample_id !== null)
    return { to: '/runs/$runId/samples/$sampleId', params: { runId: String(runId), sampleId: String(result.sample_id) } };
  return { to: '/runs/$runId', params: { runId: String(runId) } };
}

type PlatformComparison = ReturnType<typeof usePlatformComparison>;

function PlatformPanel({ comparison, flaky }: { comparison: PlatformComparison; flaky: FlakyMarks }) {
  const { summary } = comparison;
  const { platform, run } = summary;
  const headingId = `pr-${platform}-heading`;
  return (
    <article className="pr-platform card" aria-labelledby={headingId}>
      <h3 id={headingId} className="pr-platform__title">
        <span className="pr-platform__name">{platform}</span>
        {run && (
          <>
            <Link to="/runs/$runId" params={{ runId: String(run.run_id) }}>
              Run {run.run_id}
            </Link>
            <RunStatusBadge status={run.status} />
          </>
        )}
      </h3>
      <PlatformBody comparison={comparison} flaky={flaky} />
    </article>
  );
}

function PlatformBody({ comparison, flaky }: { comparison: PlatformComparison; flaky: FlakyMarks }) {
  const { summary } = comparison;
  const { platform, run } = summary;
  if (!run) return <p className="empty">No {platform} run of this commit.</p>;
  switch (summary.state) {
    case 'loading':
      return <PendingComparison run={run} failing={summary.failing} />;
    case 'no-results':
      return <p className="empty">{run.status === 'queued' ? 'Queued: no results yet.' : 'This run has no results.'}</p>;
    case 'no-base':
      return (
        <p className="empty">
          No base run found: no finished run on master for {platform} before run {run.run_id}.{' '}
          {summary.failing !== null && `${summary.failing} failing results, not compared.`}
        </p>
      );
    case 'error':
      return <PlatformError run={run} comparison={comparison} />;
    case 'ready':
      return <Comparison summary={summary} flaky={flaky} />;
  }
}

/**
 * A platform's comparison while it loads, drawn in the parts it will have: the base line, the counts and the open
 * list of new failures. That list's rows are at most the run's failing results (once its results are in), and at
 * most SHOWN; before the results a failing run reserves SHOWN and any other none. What cannot be known before the
 * base run's results (a "not in base" count, the closed lists, long names wrapping) may still add a line or two.
 */
function PendingComparison({ run, failing }: { run: Run; failing: number | null }) {
  const rows = Math.min(SHOWN, failing ?? (run.status === 'fail' ? SHOWN : 0));
  const more = failing === null ? run.status === 'fail' : failing > SHOWN;
  return (
    <>
      <p className="pr-base pr-pending__status" role="status">
        <span className="spinner" aria-hidden="true" />
        Loading run {run.run_id} and its base run…
      </p>
      <div className="pr-pending" aria-hidden="true">
        <ul className="pr-counts">
          {(['new', 'already', 'fixed'] as const).map((cls) => (
            <li key={cls} className="pr-count pr-count--pending">
              <span className="pr-count__value">0</span> {BASE_CLASS_COUNT_WORDS[cls]}
            </li>
          ))}
          <li className="pr-count pr-count--pending">flaky: not checked</li>
        </ul>
        {rows === 0 ? (
          <p className="pr-none">
            <span className="skeleton skeleton--text skeleton--still" />
          </p>
        ) : (
          <div className="pr-list">
            <div className="pr-list__title">
              <span className="skeleton skeleton--short skeleton--still" />
            </div>
            <ul className="pr-rows">
              {Array.from({ length: rows }, (_, i) => (
                <li key={i} className="pr-row">
                  {/* A sample's name and its output's: one line beside each other, two on a phone. */}
                  <div className="pr-row__main">
                    <span className="skeleton skeleton--text skeleton--still" />{' '}
                    <span className="skeleton skeleton--pr-output skeleton--still" />
                  </div>
                  <div className="pr-row__what">
                    <span className="skeleton skeleton--short skeleton--still" />
                  </div>
                </li>
              ))}
            </ul>
            {more && <span className="button button--quiet pr-pending__more">Show all</span>}
          </div>
        )}
      </div>
    </>
  );
}

/** What could not be read: the run's results, or its base run or the base's results. */
function PlatformError({ run, comparison: { results, base } }: { run: Run; comparison: PlatformComparison }) {
  if (results.isError)
    return <ErrorState error={results.error} what={`the results of run ${run.run_id}`} onRetry={() => void results.refetch()} />;
  if (base.state === 'error') return <ErrorState error={base.error} what={base.what} onRetry={base.retry} />;
  return null;
}

function Comparison({ summary, flaky }: { summary: Extract<PlatformSummary, { state: 'ready' }>; flaky: FlakyMarks }) {
  const { base, failures, platform } = summary;
  const run = summary.run as Run;
  const flakyOf = (row: FailureRow) => flaky?.[flakyKey(platform, row.result.regression_test_id)] ?? null;
  const failing = [...failures.new, ...failures.already, ...failures.notInBase];
  const flakyCount = flaky ? failing.filter((row) => flakyOf(row)).length : null;
  return (
    <>
      <p className="pr-base">
        Compared with{' '}
        <Link to="/runs/$runId" params={{ runId: String(base.run_id) }}>
          run {base.run_id}
        </Link>{' '}
        <span className="muted">
          ({base.branch ?? 'no branch'}, <RelativeTime value={base.created_at} />
          {summary.complete ? '' : ', its results cut short by the server'})
        </span>
      </p>
      {summary.live && <p className="muted">Still {run.status}: the results so far, refreshed every 15 s.</p>}
      <ul className="pr-counts" aria-label={`${platform}: counts against the base run`}>
        <Count cls="new" value={failures.new.length} runId={run.run_id} />
        <Count cls="already" value={failures.already.length} runId={run.run_id} />
        <Count cls="fixed" value={failures.fixed.length} runId={run.run_id} />
        {failures.notInBase.length > 0 && <Count cls="not-in-base" value={failures.notInBase.length} runId={run.run_id} />}
        <li className="pr-count pr-count--flaky">
          {flakyCount === null ? (
            <>
              flaky: <span className="muted">not checked</span>
            </>
          ) : (
            <>
              <span className="pr-count__value">{flakyCount}</span> flaky
            </>
          )}
        </li>
      </ul>
      <FailureList title="New failures" rows={failures.new} runId={run.run_id} flakyOf={flakyOf} open empty="No new failures." />
      <FailureList title="Already failing" rows={failures.already} runId={run.run_id} flakyOf={flakyOf} />
      <FailureList title="Fixed" rows={failures.fixed} runId={run.run_id} flakyOf={flakyOf} />
      <FailureList title="Not in base" rows={failures.notInBase} runId={run.run_id} flakyOf={flakyOf} />
    </>
  );
}

function Count({ cls, value, runId }: { cls: 'new' | 'already' | 'fixed' | 'not-in-base'; value: number; runId: number }) {
  return (
    <li className={`pr-count base-count--${cls}`}>
      <Link
        to="/runs/$runId"
        params={{ runId: String(runId) }}
        search={{ status: cls }}
        title={`Run ${runId}: ${BASE_CLASS_COUNT_WORDS[cls]}`}
      >
        <span className="pr-count__value">{value}</span> {BASE_CLASS_COUNT_WORDS[cls]}
      </Link>
    </li>
  );
}

type ListProps = {
  title: string;
  rows: FailureRow[];
  runId: number;
  flakyOf: (row: FailureRow) => string | null;
  open?: boolean;
  empty?: string;
};

/** One class's rows: sample, regression test, output (a link to its screen) and what changed. */
function FailureList({ title, rows, runId, flakyOf, open = false, empty }: ListProps) {
  const [all, setAll] = useState(false);
  if (rows.length === 0) return empty ? <p className="pr-none">{empty}</p> : null;
  const shown = all ? rows : rows.slice(0, SHOWN);
  const list = (
    <>
      <ul className="pr-rows">
        {shown.map((row) => {
          const mark = flakyOf(row);
          return (
            <li key={row.result.regression_test_id} className="pr-row">
              <div className="pr-row__main">
                <BaseClassWord cls={row.comparison.class} />
                <Link {...rowLink(row, runId)} className="pr-row__link">
                  <span className="pr-row__sample">{row.result.sample_name ?? `sample ${row.result.sample_id ?? '?'}`}</span>
                  {row.output && (
                    <span className="pr-row__output"> · {readableOutputName(row.output.filename, row.result.sample_name)}</span>
                  )}
                </Link>
                {mark && (
                  <StatusBadge tone="warn" title={`Flaky: ${mark}`}>
                    flaky<span className="sr-only">: {mark}</span>
                  </StatusBadge>
                )}
              </div>
              <div className="pr-row__what muted">
                regression test {row.result.regression_test_id} · {row.what}
              </div>
            </li>
          );
        })}
      </ul>
      {rows.length > SHOWN && (
        <button type="button" className="button button--quiet" onClick={() => setAll(!all)}>
          {all ? `Show the first ${SHOWN}` : `Show all ${rows.length}`}
        </button>
      )}
    </>
  );
  return (
    <details className="pr-list" open={open}>
      <summary>
        <h4 className="pr-list__title">
          {title} <span className="muted">{rows.length}</span>
        </h4>
      </summary>
      {list}
    </details>
  );
}
