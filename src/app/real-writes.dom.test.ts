// The platform's own server's answers to the review writes and the run-activity reads (../shared/real-api/writes,
// recorded from its unmodified code), each served as recorded and read through the viewer's client, as the
// screens ask for them: the real server is the judge of what the client must accept.
import { http, HttpResponse } from 'msw';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { approveBaseline } from '@/features/review/api/approve-baseline';
import { getRunArtifacts } from '@/features/run-activity/api/get-run-artifacts';
import { getRunProgress } from '@/features/run-activity/api/get-run-progress';
import { getSampleLogs } from '@/features/run-activity/api/get-sample-logs';
import { cancelRun, restartRun } from '@/features/run-activity/api/run-actions';
import { getRun } from '@/features/runs/api/get-run';
import { getRunSummary } from '@/features/runs/api/get-run-summary';
import { ApiError, isApiError } from '@/lib/api-error';
import { useSession } from '@/lib/session';
import { server } from '@/testing/mocks/node';
import { parseFirstHop, readIndex } from '../../scripts/lib/replay-api';

const DIR = resolve(process.cwd(), process.env.REAL_API_DIR ?? '../shared/real-api', 'writes');
const BASE = 'http://platform.test/api/v1';

const rows = existsSync(resolve(DIR, 'index.tsv')) ? readIndex(DIR) : [];

/** Serves recording `name` for its method and path, as the server sent it (status, headers, body). */
function serve(name: string) {
  const row = rows.find((r) => r.name === name);
  if (!row) throw new Error(`no recording ${name}`);
  const hop = parseFirstHop(readFileSync(resolve(DIR, `${name}.headers`), 'latin1'));
  const body = readFileSync(resolve(DIR, `${name}.json`));
  const path = row.path.split('?')[0] ?? row.path;
  const handler = row.method === 'POST' ? http.post : http.get;
  server.use(
    handler(
      `${BASE}${path}`,
      () => new HttpResponse(new Uint8Array(body), { status: hop.status, statusText: hop.statusText, headers: hop.headers }),
    ),
  );
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (isApiError(error)) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

beforeEach(() => {
  useSession.setState({ token: 'real-admin', apiBaseUrl: BASE, fileRoutes: 'auto' });
});

describe.skipIf(rows.length === 0)('the recorded writes and run activity of the platform’s server', () => {
  const target = { runId: 1, sampleId: 1, regressionId: 1, outputId: 1 };

  it('approve_ok: an approval by the admin', async () => {
    serve('approve_ok');
    expect(await approveBaseline(target, false)).toEqual({
      created_at: '2026-12-03T14:31:58Z',
      output_id: 1,
      regression_id: 1,
      requested_by: 'admin',
      run_id: 1,
      sample_id: 1,
      status: 'approved',
    });
  });

  it('approve_no_scope, approve_bad_body, approve_missing_output: refusals that say why', async () => {
    serve('approve_no_scope');
    const forbidden = await failure(approveBaseline(target, false));
    expect(forbidden).toMatchObject({ status: 403, code: 'forbidden', details: { missing_scopes: ['baselines:write'] } });
    serve('approve_bad_body');
    const bad = await failure(approveBaseline(target, false));
    expect(bad).toMatchObject({
      status: 400,
      code: 'validation_error',
      details: { fields: { output_id: ['Missing data for required field.'] } },
    });
    serve('approve_missing_output');
    const missing = await failure(approveBaseline({ ...target, sampleId: 3, regressionId: 3, outputId: 3 }, false));
    expect(missing).toMatchObject({ status: 404, code: 'not_found', message: 'Result file not found.', unknownRoute: false });
  });

  it('restart_ok, restart_no_scope, cancel_running, cancel_finished', async () => {
    serve('restart_ok');
    expect(await restartRun(2)).toEqual({ action: 'restart', message: 'Run has been queued to run again.', run_id: 2, status: 'accepted' });
    serve('restart_no_scope');
    expect(await failure(restartRun(2))).toMatchObject({ status: 403, details: { missing_scopes: ['runs:write'] } });
    serve('cancel_running');
    expect(await cancelRun(6)).toMatchObject({ status: 'accepted', message: 'Run has been canceled.' });
    serve('cancel_finished');
    expect(await cancelRun(2)).toMatchObject({ status: 'no_op', message: 'Run is already in terminal state: fail' });
  });

  it('after_restart_run2: the restarted run reads queued, its results cleared', async () => {
    serve('after_restart_run2');
    serve('after_restart_run2_summary');
    expect((await getRun(2)).status).toBe('queued');
    expect(await getRunSummary(2)).toMatchObject({ status: 'queued', pass_count: 0, skipped_count: 6 });
  });

  it('run1_progress: events without a step, oldest first', async () => {
    serve('run1_progress');
    const progress = await getRunProgress(6);
    expect(progress.malformed).toEqual([]);
    expect(progress.events.map((e) => e.status)).toEqual(['preparation', 'testing', 'canceled']);
  });

  it('run1_artifacts: string ids, null sizes and URLs, every storage state', async () => {
    serve('run1_artifacts');
    const page = await getRunArtifacts(1);
    expect(page.malformed).toEqual([]);
    expect(page.data).toHaveLength(12);
    expect(page.data.find((a) => a.type === 'build_log')).toMatchObject({
      artifact_id: 'buildlog_1',
      storage_status: 'ok',
      download_url: null,
    });
  });

  it('run1_logs: the 404 “not yet supported by the CI worker”, a known route’s not_found with its reason', async () => {
    serve('run1_logs');
    const error = await failure(getSampleLogs(1, 1, undefined, null));
    expect(error).toMatchObject({ status: 404, code: 'not_found', unknownRoute: false });
    expect(error.details.reason).toBe('Per-sample log storage is not yet supported by the CI worker.');
  });
});
