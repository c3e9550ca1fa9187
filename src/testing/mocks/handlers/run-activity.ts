// What happened in a run, and running it again: restart and cancel (scope runs:write; admin, tester, contributor),
// progress events, errors and their summary, a sample's log lines (scope system:read) and the run's artifacts, in
// the shapes the platform's server sent (../shared/real-api/writes/). Restart and cancel change the run for the
// rest of the session (write-state.ts), which runs.ts reads.
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { Run } from '../data/api-types';
import { getCatalog, outputFilename } from '../data/catalog';
import { runResults, type Outcome } from '../data/outcomes';
import { PLATFORM_ERROR_RUN_ID, PLATFORM_RUN_ID } from '../data/platform-runs';
import { ApiFailure, notFound, paginate, Params, pathId, pathIds } from '../data/request-params';
import { rng } from '../data/prng';
import { SCOPES } from '../tokens';
import { endpoint, type Context, type SignedIn } from './endpoint';
import { requireRole } from './review';
import { requireRun } from './runs';
import { nowIso, runAsWritten, runWrite, writeRun, type ProgressNote } from './write-state';

const RUN_WRITERS = ['admin', 'tester', 'contributor'] as const;
const PROGRESS_STATUSES = ['queued', 'preparation', 'testing', 'completed', 'canceled', 'error'] as const;
const SEVERITIES = ['info', 'warning', 'error', 'critical'] as const;
const ERROR_TYPES = [
  'test_failure',
  'exit_code_mismatch',
  'missing_output',
  'diff_mismatch',
  'queue',
  'vm_provisioning',
  'checkout',
  'merge',
  'build',
  'worker',
  'web_server',
  'storage',
] as const;
const GROUP_BYS = ['type', 'sample_id', 'regression_id', 'severity'] as const;
const LOG_LEVELS = ['debug', 'info', 'warning', 'error', 'critical'] as const;
const ARTIFACT_TYPES = [
  'build_log',
  'sample_output',
  'expected_output',
  'actual_output',
  'diff',
  'media_info',
  'binary',
  'coredump',
  'combined_stdout',
] as const;

const isFinished = (status: string) => status !== 'queued' && status !== 'running';
const isPlatformRun = (id: number) => id === PLATFORM_RUN_ID || id === PLATFORM_ERROR_RUN_ID;

/** A regular run of the demo, as the token's writes left it. */
function currentRun(token: string | null, runId: number): Run {
  return runAsWritten(token, requireRun(runId).run);
}

// --- restart and cancel ---------------------------------------------------------------------------------------

function restart({ params, user, token }: SignedIn): Response {
  const runId = pathId('run_id', params.run_id);
  requireRole(user, RUN_WRITERS, 'run a test again');
  const run = currentRun(token, runId);
  if (!isFinished(run.status))
    return HttpResponse.json(
      { run_id: runId, action: 'restart', status: 'rejected', message: `Run is still ${run.status}: cancel it first.` },
      { status: 202 },
    );
  const at = nowIso();
  writeRun(token, runId, {
    status: 'queued',
    queued_at: at,
    started_at: null,
    completed_at: null,
    cleared: true,
    events: [{ timestamp: at, status: 'queued', message: `Queued again by ${user.name ?? user.email} via API` }],
  });
  return HttpResponse.json(
    { run_id: runId, action: 'restart', status: 'accepted', message: 'Run has been queued to run again.' },
    { status: 202 },
  );
}

function cancel({ params, user, token }: SignedIn): Response {
  const runId = pathId('run_id', params.run_id);
  requireRole(user, RUN_WRITERS, 'cancel a run');
  const run = currentRun(token, runId);
  if (isFinished(run.status))
    return HttpResponse.json(
      { run_id: runId, action: 'cancel', status: 'no_op', message: `Run is already in terminal state: ${run.status}` },
      { status: 202 },
    );
  const at = nowIso();
  const before = runWrite(token, runId);
  writeRun(token, runId, {
    status: 'canceled',
    queued_at: run.queued_at,
    started_at: run.started_at,
    completed_at: at,
    cleared: before?.cleared ?? false,
    events: [...(before?.events ?? []), { timestamp: at, status: 'canceled', message: `Canceled by ${user.name ?? user.email} via API` }],
  });
  return HttpResponse.json({ run_id: runId, action: 'cancel', status: 'accepted', message: 'Run has been canceled.' }, { status: 202 });
}

// --- progress ---------------------------------------------------------------------------------------------------

/** The events a run's timestamps tell, oldest first, and what the token's writes added. */
function progressOf(token: string | null, runId: number): ProgressNote[] {
  const def = requireRun(runId);
  const write = runWrite(token, runId);
  if (write?.cleared) return write.events;
  const run = def.run;
  const events: ProgressNote[] = [];
  const queued = run.queued_at ?? run.created_at;
  if (queued) events.push({ timestamp: queued, status: 'queued', message: `Queued for a ${run.platform} VM` });
  if (run.started_at) {
    const start = Date.parse(run.started_at);
    const at = (seconds: number) => new Date(start + seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    events.push({ timestamp: run.started_at, status: 'preparation', message: 'Preparing VM' });
    events.push({ timestamp: at(40), status: 'preparation', message: `Checking out ${run.repository} at ${run.commit_sha.slice(0, 7)}` });
    events.push({ timestamp: at(95), status: 'preparation', message: 'Building CCExtractor' });
    events.push({ timestamp: at(180), status: 'testing', message: 'Running' });
    const results = runResults(runId);
    const done = results.filter((r) => r.status !== 'not_started' && r.status !== 'running').length;
    if (run.status === 'running')
      events.push({ timestamp: at(240), status: 'testing', message: `${done} of ${results.length} regression tests done` });
  }
  if (run.completed_at) {
    const status = run.status === 'canceled' ? 'canceled' : run.status === 'error' ? 'error' : 'completed';
    const message =
      status === 'canceled' ? 'Canceled by an admin' : status === 'error' ? 'The build failed: no results' : `Completed: ${run.status}`;
    events.push({ timestamp: run.completed_at, status, message });
  }
  return [...events, ...(write?.events ?? [])];
}

function progress({ url, params, token }: Context): Response {
  const p = new Params(url.searchParams);
  const runId = p.id('run_id', params.run_id);
  const { limit, offset } = p.page();
  const status = p.oneOf('status', PROGRESS_STATUSES);
  p.check();
  if (isPlatformRun(runId)) return HttpResponse.json(paginate([], limit, offset));
  const events = progressOf(token, runId).filter((event) => !status || event.status === status);
  return HttpResponse.json(paginate(events, limit, offset));
}

// --- errors -----------------------------------------------------------------------------------------------------

type RunError = {
  error_id: number;
  run_id: number;
  sample_id: number | null;
  regression_id: number | null;
  type: (typeof ERROR_TYPES)[number];
  severity: (typeof SEVERITIES)[number];
  message: string;
  location: { file?: string | null; sample_name?: string | null } | null;
  occurred_at: string;
};

function errorsOfResult(outcome: Outcome, run: Run, next: () => number): RunError[] {
  const { test } = outcome;
  const sample = getCatalog().sample(test.sampleId);
  const at = outcome.testedAt ?? run.completed_at ?? run.created_at ?? '2026-01-01T00:00:00Z';
  const base = { run_id: run.run_id, sample_id: test.sampleId, regression_id: test.id, occurred_at: at };
  const sampleName = sample?.originalName ?? null;
  const errors: RunError[] = [];
  if (outcome.exitCode !== null && outcome.exitCode !== test.expectedRc)
    errors.push({
      ...base,
      error_id: next(),
      type: 'exit_code_mismatch',
      severity: outcome.exitCode > 128 || outcome.exitCode < 0 ? 'critical' : 'error',
      message: `Regression test ${test.id} exited with ${outcome.exitCode}, expected ${test.expectedRc}.`,
      location: { sample_name: sampleName },
    });
  for (const output of test.outputs) {
    const state = outcome.outputs.get(output.id)?.state;
    if (state === 'fail' && !output.ignore)
      errors.push({
        ...base,
        error_id: next(),
        type: 'diff_mismatch',
        severity: 'error',
        message: `Output ${outputFilename(output)} differs from the expected file.`,
        location: { file: outputFilename(output), sample_name: sampleName },
      });
    else if (state === 'missing_output')
      errors.push({
        ...base,
        error_id: next(),
        type: 'missing_output',
        severity: 'error',
        message: `Regression test ${test.id} produced no ${output.suffix || output.extension} output file.`,
        location: { file: outputFilename(output), sample_name: sampleName },
      });
    else if (state === 'missing_expected')
      errors.push({
        ...base,
        error_id: next(),
        type: 'test_failure',
        severity: 'warning',
        message: `Output ${outputFilename(output)} has no expected baseline to compare with.`,
        location: { file: outputFilename(output), sample_name: sampleName },
      });
  }
  return errors;
}

/** A run's errors, oldest first: one per failing check of each result, and the run's own (build, cancellation). */
function errorsOf(token: string | null, runId: number): RunError[] {
  const run = currentRun(token, runId);
  if (runWrite(token, runId)?.cleared) return [];
  let id = runId * 10_000;
  const next = () => ++id;
  const errors = runResults(runId).flatMap((outcome) => errorsOfResult(outcome, run, next));
  const when = run.completed_at ?? run.started_at ?? run.created_at ?? '2026-01-01T00:00:00Z';
  const runError = (type: RunError['type'], severity: RunError['severity'], message: string): RunError => ({
    error_id: next(),
    run_id: runId,
    sample_id: null,
    regression_id: null,
    type,
    severity,
    message,
    location: null,
    occurred_at: when,
  });
  if (run.status === 'error') errors.push(runError('build', 'critical', 'The build failed: make exited with 2 (see the build log).'));
  if (run.status === 'canceled') errors.push(runError('worker', 'info', 'The run was canceled before every test had run.'));
  if (run.status === 'incomplete') errors.push(runError('worker', 'warning', 'The worker stopped answering: some tests have no result.'));
  return errors.sort((a, b) => Date.parse(a.occurred_at) - Date.parse(b.occurred_at) || a.error_id - b.error_id);
}

const SEVERITY_RANK = { info: 0, warning: 1, error: 2, critical: 3 } as const;

function errorSummary({ url, params, token }: Context): Response {
  const p = new Params(url.searchParams);
  const runId = p.id('run_id', params.run_id);
  const groupBy = p.oneOf('group_by', GROUP_BYS) ?? 'type';
  const severity = p.oneOf('severity', SEVERITIES);
  p.check();
  if (isPlatformRun(runId)) return HttpResponse.json(paginate([], 100, 0));
  const groups = new Map<string, RunError[]>();
  for (const error of errorsOf(token, runId).filter((e) => !severity || e.severity === severity)) {
    const key = String(error[groupBy] ?? 'none');
    groups.set(key, [...(groups.get(key) ?? []), error]);
  }
  const data = [...groups.entries()]
    .map(([key, errors]) => ({
      group_by: groupBy,
      key,
      count: errors.length,
      severity: errors.reduce(
        (worst, e) => (SEVERITY_RANK[e.severity] > SEVERITY_RANK[worst] ? e.severity : worst),
        errors[0]?.severity ?? 'info',
      ),
      sample_ids: [...new Set(errors.flatMap((e) => (e.sample_id === null ? [] : [e.sample_id])))],
      first_seen_at: errors[0]?.occurred_at ?? null,
      last_seen_at: errors.at(-1)?.occurred_at ?? null,
    }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return HttpResponse.json(paginate(data, 100, 0));
}

function listErrors({ url, params, token }: Context): Response {
  const p = new Params(url.searchParams);
  const runId = p.id('run_id', params.run_id);
  const { limit, offset } = p.page();
  const type = p.oneOf('type', ERROR_TYPES);
  const severity = p.oneOf('severity', SEVERITIES);
  const sampleId = p.optionalId('sample_id');
  p.check();
  if (isPlatformRun(runId)) return HttpResponse.json(paginate([], limit, offset));
  const errors = errorsOf(token, runId).filter(
    (e) => (!type || e.type === type) && (!severity || e.severity === severity) && (sampleId === null || e.sample_id === sampleId),
  );
  return HttpResponse.json(paginate(errors, limit, offset));
}

// --- logs -------------------------------------------------------------------------------------------------------

const SOURCES = ['orchestrator', 'worker', 'build', 'test_runner', 'web'] as const;
/** The sample whose log has no copy in any storage: 404 (the demo's way to show it). */
export const LOGLESS_SAMPLE_ID = 32;

type LogLine = {
  timestamp: string;
  level: (typeof LOG_LEVELS)[number];
  source: (typeof SOURCES)[number];
  message: string;
  run_id: number;
  sample_id: number;
};

const logCache = new Map<string, LogLine[]>();

/** A sample's log in a run, oldest first: a couple of thousand lines, now and then a warning or an error. */
function logOf(run: Run, sampleId: number): LogLine[] {
  const key = `${run.run_id}:${sampleId}`;
  const cached = logCache.get(key);
  if (cached) return cached;
  const r = rng(`log ${key}`);
  const count = 1200 + r.int(0, 1800);
  const start = Date.parse(run.started_at ?? run.created_at ?? '2026-01-01T00:00:00Z');
  const lines: LogLine[] = [];
  for (let i = 0; i < count; i++) {
    const roll = r.int(0, 99);
    const level = roll < 40 ? 'debug' : roll < 90 ? 'info' : roll < 97 ? 'warning' : roll < 99 ? 'error' : 'critical';
    const source = SOURCES[r.int(0, SOURCES.length - 1)] ?? 'worker';
    const message =
      level === 'debug'
        ? `Read ${r.int(188, 18800)} bytes of PES packet at offset ${r.int(0, 99_999_999)} (PID 0x${r.int(16, 8191).toString(16)})`
        : level === 'info'
          ? `Processed frame ${i * 3 + r.int(0, 2)}: ${r.int(0, 4)} caption block(s), 708 service ${r.int(1, 6)}`
          : level === 'warning'
            ? `Timing gap of ${r.int(40, 9000)} ms before caption ${r.int(1, 900)}`
            : level === 'error'
              ? `Invalid 708 packet: sequence ${r.int(0, 3)} out of order, block skipped`
              : `Segmentation fault while decoding service ${r.int(1, 6)} (see the core dump)`;
    lines.push({
      timestamp: new Date(start + i * 37).toISOString(),
      level,
      source,
      message: `[${source}] ${message}`,
      run_id: run.run_id,
      sample_id: sampleId,
    });
  }
  logCache.set(key, lines);
  return lines;
}

/** Cursor pages from the newest end: the first page is the newest lines, `next_cursor` points at older ones. */
function logs({ url, params, token }: Context): Response {
  const p = new Params(url.searchParams);
  const { run_id: runId, sample_id: sampleId } = pathIds(params, 'run_id', 'sample_id');
  const limit = p.int('limit', 1, 100, 50);
  const cursor = p.raw('cursor') === null ? null : p.int('cursor', 0, Number.MAX_SAFE_INTEGER, 0);
  const level = p.oneOf('level', LOG_LEVELS);
  const contains = p.text('contains', 200)?.toLowerCase() ?? null;
  p.check();
  if (isPlatformRun(runId))
    throw new ApiFailure(404, 'not_found', `Per-sample logs are not available for sample ${sampleId} in run ${runId}.`, {
      reason: 'Per-sample log storage is not yet supported by the CI worker.',
    });
  const run = currentRun(token, runId);
  const ran = runResults(runId).some((o) => o.test.sampleId === sampleId && o.status !== 'not_started' && o.status !== 'skipped');
  if (!getCatalog().sample(sampleId)) throw notFound('sample', sampleId);
  if (!ran || sampleId === LOGLESS_SAMPLE_ID || runWrite(token, runId)?.cleared)
    throw new ApiFailure(404, 'not_found', `No log of sample ${sampleId} in run ${runId} is stored.`, { resource: 'log', id: sampleId });
  const lines = logOf(run, sampleId).filter(
    (line) => (!level || line.level === level) && (contains === null || line.message.toLowerCase().includes(contains)),
  );
  const end = cursor === null ? lines.length : Math.min(cursor, lines.length);
  const start = Math.max(0, end - limit);
  return HttpResponse.json({ data: lines.slice(start, end), pagination: { limit, next_cursor: start > 0 ? start : null } });
}

// --- artifacts --------------------------------------------------------------------------------------------------

function artifacts(base: string) {
  return ({ url, params, token }: Context): Response => {
    const p = new Params(url.searchParams);
    const runId = p.id('run_id', params.run_id);
    const { limit, offset } = p.page();
    const type = p.oneOf('type', ARTIFACT_TYPES);
    p.check();
    if (isPlatformRun(runId)) return HttpResponse.json(paginate([], limit, offset));
    const run = currentRun(token, runId);
    const crashed = runResults(runId).some((o) => o.exitCode !== null && (o.exitCode > 128 || o.exitCode < 0));
    const common = { run_id: runId, sample_id: null };
    const list = [
      {
        ...common,
        artifact_id: `buildlog_${runId}`,
        type: 'build_log',
        filename: `${runId}.txt`,
        content_type: 'text/plain',
        size_bytes: BUILD_LOG(run).length,
        storage_status: 'ok',
        download_url: `${base}/downloads/runs/${runId}/build-log`,
      },
      {
        ...common,
        artifact_id: `binary_${runId}`,
        type: 'binary',
        filename: run.platform === 'windows' ? 'ccextractorwinfull.exe' : 'ccextractor',
        content_type: 'application/octet-stream',
        size_bytes: 4_218_880,
        storage_status: 'degraded',
        download_url: null,
      },
      {
        ...common,
        artifact_id: `coredump_${runId}`,
        type: 'coredump',
        filename: `coredump-${runId}`,
        content_type: 'application/octet-stream',
        size_bytes: crashed ? 73_400_320 : null,
        storage_status: crashed ? 'ok' : 'missing',
        download_url: crashed ? `${base}/downloads/runs/${runId}/coredump` : null,
      },
    ].filter((artifact) => !type || artifact.type === type);
    return HttpResponse.json(paginate(list, limit, offset));
  };
}

const BUILD_LOG = (run: Run) =>
  `Building CCExtractor ${run.commit_sha.slice(0, 7)} on ${run.platform}\n` +
  (run.status === 'error' ? 'make: *** [Makefile:42: ccextractor] Error 2\n' : 'Build finished: ccextractor\n');

export function runActivityHandlers(base: string): HttpHandler[] {
  const { runs, results, runsWrite, systemRead } = SCOPES;
  return [
    http.post(`${base}/runs/:run_id/restart`, endpoint(runsWrite, restart)),
    http.post(`${base}/runs/:run_id/cancel`, endpoint(runsWrite, cancel)),
    http.get(`${base}/runs/:run_id/progress`, endpoint(runs, progress)),
    http.get(`${base}/runs/:run_id/error-summary`, endpoint(results, errorSummary)),
    http.get(`${base}/runs/:run_id/errors`, endpoint(results, listErrors)),
    http.get(`${base}/runs/:run_id/samples/:sample_id/logs`, endpoint(systemRead, logs)),
    http.get(`${base}/runs/:run_id/artifacts`, endpoint(results, artifacts(base))),
    // The signed URLs' stand-in: public, like the demo's file downloads.
    http.get(
      `${base}/downloads/runs/:run_id/build-log`,
      endpoint('public', ({ params }) => {
        const run = requireRun(pathId('run_id', params.run_id)).run;
        return new HttpResponse(BUILD_LOG(run), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
      }),
    ),
    http.get(
      `${base}/downloads/runs/:run_id/coredump`,
      endpoint('public', ({ params }) => {
        requireRun(pathId('run_id', params.run_id));
        return new HttpResponse(new Uint8Array(64), { headers: { 'Content-Type': 'application/octet-stream' } });
      }),
    ),
  ];
}
