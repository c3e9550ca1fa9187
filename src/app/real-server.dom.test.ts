// Every answer the platform's own server gave (../shared/real-api, recorded from its unmodified code) through the
// viewer's client, as the screens ask for it, and the state each screen shows: no recorded answer of the real
// server may ever again turn into an error screen unnoticed.
import { http, HttpResponse } from 'msw';
import { resolve } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getMe } from '@/features/auth/api/get-me';
import { getActual } from '@/features/outputs/api/get-actual';
import { getDiff } from '@/features/outputs/api/get-diff';
import { getExpected } from '@/features/outputs/api/get-expected';
import { ROUTE_STYLES_KEY } from '@/features/outputs/api/route-style';
import { outputState, type OutputState } from '@/features/outputs/output-state';
import { getRun } from '@/features/runs/api/get-run';
import { getRunResults } from '@/features/runs/api/get-run-results';
import { getRunSummary } from '@/features/runs/api/get-run-summary';
import { getRuns } from '@/features/runs/api/get-runs';
import { getRegressionTest } from '@/features/samples/api/get-regression-test';
import { getSample } from '@/features/samples/api/get-sample';
import { getSampleHistory } from '@/features/samples/api/get-sample-history';
import { ApiError, isApiError } from '@/lib/api-error';
import { runStatusWord } from '@/lib/result-status';
import { useSession } from '@/lib/session';
import { server } from '@/testing/mocks/node';
import { createReplay, loadRecordings, readIndex, type Replay } from '../../scripts/lib/replay-api';

// Vitest runs in the repository's root; CI has shared/ beside the repository, as here.
const DIR = resolve(process.cwd(), process.env.REAL_API_DIR ?? '../shared/real-api');
const ORIGIN = 'http://platform.test';
const BASE = `${ORIGIN}/api/v1`;

let replay: Replay;
let requested: string[];

beforeAll(() => {
  replay = createReplay([...loadRecordings(DIR), ...loadRecordings(`${DIR}/edge`)]);
});

beforeEach(() => {
  requested = [];
  localStorage.removeItem(ROUTE_STYLES_KEY);
  useSession.setState({ token: 'real-read', apiBaseUrl: BASE, fileRoutes: 'auto' });
  server.use(
    http.all(`${BASE}/*`, ({ request }) => {
      requested.push(request.url.slice(BASE.length));
      const answer = replay.answer({
        method: request.method,
        url: request.url.slice(ORIGIN.length),
        authorization: request.headers.get('Authorization') ?? undefined,
      });
      return new HttpResponse(answer.status === 204 || answer.status === 303 ? null : new Uint8Array(answer.body), {
        status: answer.status,
        statusText: answer.statusText,
        headers: answer.headers,
      });
    }),
  );
});

/** What the client made of a request: its value, or the error a screen would show. */
async function outcome<T>(promise: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: ApiError }> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    if (!isApiError(error)) throw error;
    return { ok: false, error };
  }
}

const read = async <T>(promise: Promise<T>): Promise<T> => {
  const result = await outcome(promise);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

describe('the recorded reads, as the screens ask for them', () => {
  it('reads every list and object the viewer asks for without a contract error', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const runs = await read(getRuns({}, 0));
    expect(runs.data.map((r) => r.run_id)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(runs.malformed).toEqual([]);
    expect(runs.data.map((r) => runStatusWord(r.status))).toEqual(['running', 'canceled', 'queued', 'error (no results)', 'fail', 'fail']);
    expect((await read(getRuns({ platform: 'windows' }, 0))).data.map((r) => r.run_id)).toEqual([2]);
    for (const runId of [1, 2, 3, 4, 5, 6]) {
      expect((await read(getRun(runId))).run_id).toBe(runId);
      expect((await read(getRunSummary(runId))).run_id).toBe(runId);
      const results = await read(getRunResults(runId));
      expect(results.malformed).toEqual([]);
      expect(results.complete).toBe(true);
    }
    expect((await read(getRunResults(1))).items.map((r) => [r.regression_test_id, r.status])).toEqual([
      [1, 'fail'],
      [2, 'pass'],
      [3, 'missing_output'],
      [4, 'fail'],
      [5, 'pass'],
      [6, 'fail'],
    ]);
    for (const id of [1, 2, 3, 4, 5]) {
      expect((await read(getSample(id))).sample_id).toBe(id);
      expect((await read(getSampleHistory(id, 0))).malformed).toEqual([]);
    }
    for (const id of [1, 2, 3, 4, 5, 6]) expect((await read(getRegressionTest(id))).regression_test_id).toBe(id);
    // Seven scopes, where the repository's file says six at most.
    useSession.setState({ token: 'real-admin' });
    expect((await read(getMe())).scopes).toHaveLength(7);
    expect(warn).not.toHaveBeenCalled();
  });

  it('leaves no recorded read of the viewer’s endpoints out of the walk above', () => {
    const used =
      /^\/(auth\/me|runs(\?platform=windows)?|runs\/\d+(\/summary|\/samples(\/\d+)?)?|samples\/\d+(\/history)?|regression-tests\/\d+|runs\/\d+\/samples\/\d+\/regression-tests\/.*)$/;
    // Read by no screen of this version: the platform's other endpoints; an id that is no number (the viewer says
    // "Bad link" without asking); a route that does not exist.
    const unused =
      /^\/(system\/health|categories|samples|regression-tests|auth\/tokens|samples\/\d+\/details|runs\/\d+\/(config|errors|error-summary|progress)|runs\?status=\w+|runs\/abc|nope)$/;
    const rows = [...readIndex(DIR), ...readIndex(`${DIR}/edge`)];
    expect(rows.filter((row) => !used.test(row.path) && !unused.test(row.path)).map((row) => row.path)).toEqual([]);
  });
});

type Case = {
  name: string;
  runId: number;
  sampleId: number;
  regressionId: number;
  outputId: number;
  state: OutputState['kind'];
  also?: (state: OutputState) => void;
};

/** Each output of the recordings, and the state its screen shows (ui.md's words in the comments). */
const OUTPUTS: Case[] = [
  // "Differs from expected"
  {
    name: 'run 1, a differing SubRip',
    runId: 1,
    sampleId: 1,
    regressionId: 1,
    outputId: 1,
    state: 'differs',
    also: (s) => expect(s).toMatchObject({ variant: false }),
  },
  // "Matched expected": /actual answers 303 to /expected
  { name: 'run 1, matched', runId: 1, sampleId: 2, regressionId: 2, outputId: 2, state: 'matched' },
  // "Missing output": outputs: [] and every file route 404 not_found
  { name: 'run 1, missing output', runId: 1, sampleId: 3, regressionId: 3, outputId: 3, state: 'missing_output' },
  // "Expected file missing from storage": /expected and /diff 404, /actual 200
  {
    name: 'run 1, expected missing from storage',
    runId: 1,
    sampleId: 4,
    regressionId: 4,
    outputId: 4,
    state: 'not_in_storage',
    also: (s) => expect(s).toMatchObject({ side: 'expected' }),
  },
  // "Matches an accepted variant"
  {
    name: 'run 1, accepted variant',
    runId: 1,
    sampleId: 5,
    regressionId: 5,
    outputId: 5,
    state: 'differs',
    also: (s) => expect(s).toMatchObject({ variant: true }),
  },
  // "Matched expected" (and "exit code 3, expected 0" from the result)
  { name: 'run 1, exit code', runId: 1, sampleId: 5, regressionId: 6, outputId: 6, state: 'matched' },
  // "Differs from expected", CRLF in the files
  { name: 'run 2, CRLF', runId: 2, sampleId: 2, regressionId: 2, outputId: 2, state: 'differs' },
  // "Matched expected": the 303 leads to a lost expected file
  { name: 'run 2, matched with the expected file lost', runId: 2, sampleId: 4, regressionId: 4, outputId: 4, state: 'matched' },
];

describe('the recorded file answers, as the output screen shows them', () => {
  it.each(OUTPUTS)('$name: $state', async ({ runId, sampleId, regressionId, outputId, state, also }) => {
    const ref = { runId, sampleId, regressionId, outputId };
    const [diff, actual, expected] = await Promise.all([outcome(getDiff(ref, 3)), outcome(getActual(ref)), outcome(getExpected(ref))]);
    const result = (await read(getRunResults(runId))).items.find((r) => r.regression_test_id === regressionId);
    const baseline = (await read(getRegressionTest(regressionId))).outputs.find((o) => o.id === outputId) ?? null;
    const errors = {
      diff: diff.ok ? undefined : diff.error,
      actual: actual.ok ? undefined : actual.error,
      expected: expected.ok ? undefined : expected.error,
    };
    const shown = outputState(
      diff.ok ? diff.value : undefined,
      actual.ok ? actual.value : undefined,
      expected.ok ? expected.value : undefined,
      { outputId, result, baseline, errors },
    );
    expect(shown.kind).toBe(state);
    also?.(shown);
    // Never a contract error, and the route style is found without a query-style request.
    for (const error of Object.values(errors)) expect(error?.code).not.toBe('invalid_response');
    expect(requested.filter((path) => /\/(actual|expected|diff)\?.*regression_id=/.test(path))).toEqual([]);
  });

  it('reads the exit-code failure in the words of ui.md', async () => {
    const result = (await read(getRunResults(1))).items.find((r) => r.regression_test_id === 6);
    expect(result).toMatchObject({ exit_code: 3, expected_rc: 0, status: 'fail' });
  });
});

describe('the recorded errors', () => {
  const cases: Array<[string, () => Promise<unknown>, Partial<ApiError>]> = [
    ['no token', () => (useSession.setState({ token: '' }), getRuns({}, 0)), { status: 401, code: 'unauthorized' }],
    [
      'a token the server does not know',
      () => (useSession.setState({ token: 'stolen' }), getRuns({}, 0)),
      { status: 401, code: 'unauthorized' },
    ],
    [
      'a token without runs:read',
      () => (useSession.setState({ token: 'real-results-only' }), getRuns({}, 0)),
      { status: 403, code: 'forbidden' },
    ],
    ['a run that does not exist', () => getRun(999), { status: 404, code: 'not_found', unknownRoute: false }],
    [
      'a regression test of another sample',
      () => getExpected({ runId: 1, sampleId: 2, regressionId: 1, outputId: 1 }),
      { status: 404, code: 'not_found', unknownRoute: false },
    ],
    ['a result the run does not have', () => getRunResults(2).then(() => getRun(999)), { status: 404, code: 'not_found' }],
    // The viewer never sends an id below 1 ("Bad link" without asking); the server's 400 reads the same.
    [
      'run id 0',
      () => getRun(0),
      {
        status: 400,
        code: 'validation_error',
        details: { fields: { run_id: expect.stringContaining('Must be between 1 and') as unknown } },
      },
    ],
  ];
  it.each(cases)('%s', async (_, call, expected) => {
    const result = await outcome(call());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject(expected);
  });

  it('names the scopes of a 403 as arrays', async () => {
    useSession.setState({ token: 'real-results-only' });
    const result = await outcome(getRuns({}, 0));
    expect(result.ok ? null : result.error.details).toMatchObject({ required_scopes: ['runs:read'], missing_scopes: ['runs:read'] });
  });
});
