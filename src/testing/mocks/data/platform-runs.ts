// Runs 9473 and 9474: the demo's copy of how the platform's own server (CCExtractor/sample-platform, recorded in
// /work/shared/real-api, README points 1, 5, 6, 7, 8 and 10) answers where it departs from the published contract
// the rest of the demo follows. Run 9473 mirrors the recorded run 1: six regression-test results, one of each
// kind the real server shows differently. Run 9474 mirrors the recorded run 3: a pull-request run that completed
// with no results (status `error`).
//
// What differs from the regular demo data, on purpose:
// - a matched output's path-style /actual is a 303 with a *relative* Location and an HTML body;
// - a missing output is a result with `outputs: []` whose three file routes answer 404 `not_found`
//   ("No result for regression test N."), not `missing_output`: its expected file is reachable only through
//   `GET /regression-tests/{id}` and `…/outputs/{oid}/download`;
// - an expected file lost from storage: /expected and /diff 404 `not_found`, /actual 200;
// - an accepted variant: the result passes while its output reads `fail` and the diff `different`;
// - 404 bodies carry `details: {}` and the real server's messages; files are `application/octet-stream`,
//   `storage_status: degraded`, `download_url: null` (the platform's disk only, no cloud bucket); pages carry
//   `meta: {}`; /expected names the run (`run_id` of the run, not null).
//
// Ids: samples 951–955, regression tests 961–966, outputs 971–976 (an output's id is its own, as `outputs[].id`
// of its regression test), variant 981: no other fixture uses them, and no two kinds of id share a number.
import type { HistoryEntry, OutputFile, OutputStatus, RegressionTest, ResultStatus, Run, RunSample, RunSummary, Sample } from './api-types';
import { toRegressionTest, toSample } from './bodies';
import { textFile, utf8 } from './bytes';
import { outputFileBody } from './file-bodies';
import type { FileData } from './files';
import { lazy } from './prng';
import type { RunDef } from './runs';
import { sha256Hex } from './sha256';

export const PLATFORM_RUN_ID = 9473;
export const PLATFORM_ERROR_RUN_ID = 9474;
/** The CCExtractor version of both runs (`GET /runs?ccx_version=`): they sit among the 0.94 runs. */
export const PLATFORM_CCX_VERSION = '0.94';

/** The kinds of result run 9473 shows, one regression test each (the keys of `scenarios.platform`). */
export type PlatformCase = 'differs' | 'matched' | 'missingOutput' | 'expectedLost' | 'variant' | 'exitCode';

export type PlatformSample = { id: number; name: string; extension: string; tags: string[] };

export type PlatformTest = {
  case: PlatformCase;
  id: number;
  sampleId: number;
  outputId: number;
  categories: string[];
  command: string;
  description: string;
  /** The output's extension (`correct_extension`). */
  extension: string;
  /** The baseline (expected file) of the output. */
  expected: string;
  /** False: the baseline's row exists (its hash is `correct`) but the file is gone from storage. */
  expectedStored: boolean;
  /** What run 9473 produced; null: no file at all (a missing output). */
  actual: string | null;
  /** Accepted variants of the baseline, as `outputs[].variants`. */
  variants: { id: number; text: string }[];
  exitCode: number;
  expectedRc: number;
  runtimeMs: number;
};

const REPOSITORY = 'CCExtractor/ccextractor';
const MASTER_SHA = '7c1e9a4d2b6f08e35a9c4d1f6b2e8a0c3d5f7e91';
const PR_SHA = 'a94f2c6e1b8d3057c2e6a9f4d1b7c3e8f0a2d5b6';

const srt = (cues: [string, string][]) => cues.map(([time, text], i) => `${i + 1}\n${time}\n${text}\n`).join('\n');

export const PLATFORM_SAMPLES: readonly PlatformSample[] = [
  { id: 951, name: 'BBC1_teletext_news_2019-03-14.ts', extension: 'ts', tags: ['teletext', 'broadcast'] },
  { id: 952, name: 'ZDF_dvb_subtitles_2021-07-02.ts', extension: 'ts', tags: ['DVB', 'German'] },
  { id: 953, name: 'iphone_608_captions.mp4', extension: 'mp4', tags: [] },
  { id: 954, name: 'mkv_srt_track.mkv', extension: 'mkv', tags: [] },
  { id: 955, name: 'multi_output_sample.ts', extension: 'ts', tags: [] },
];

const NEWS_EXPECTED = srt([
  ['00:00:01,000 --> 00:00:03,480', 'Good evening, and welcome to the late news.'],
  ['00:00:03,520 --> 00:00:06,000', 'Flooding has closed the main road into town.'],
  ['00:00:06,040 --> 00:00:08,800', 'Police say it will stay shut until the morning.'],
  ['00:00:08,840 --> 00:00:11,200', 'The weather will be fine.'],
  ['00:00:11,240 --> 00:00:13,600', 'Sport follows shortly.'],
]);

// A timing change (cue 2 ends later), changed text (cue 4) and an extra cue, as in the recorded run 1.
const NEWS_ACTUAL = srt([
  ['00:00:01,000 --> 00:00:03,480', 'Good evening, and welcome to the late news.'],
  ['00:00:03,520 --> 00:00:06,200', 'Flooding has closed the main road into town.'],
  ['00:00:06,040 --> 00:00:08,800', 'Police say it will stay shut until the morning.'],
  ['00:00:08,840 --> 00:00:11,200', 'The weather will be fine!'],
  ['00:00:11,240 --> 00:00:13,600', 'Sport follows shortly.'],
  ['00:00:13,640 --> 00:00:15,000', '[ MUSIC ]'],
]);

const DVB = srt([
  ['00:00:00,500 --> 00:00:02,000', 'Guten Abend, meine Damen und Herren.'],
  ['00:00:02,500 --> 00:00:04,000', 'Willkommen zu den Nachrichten.'],
  ['00:00:04,500 --> 00:00:06,500', 'Das Wetter: sonnig, bis 28 Grad.'],
]);

const TTXT = [
  '00:00:01,001|00:00:03,003|POP|>> WELCOME BACK TO THE SHOW.',
  '00:00:03,170|00:00:05,839|POP|TONIGHT: THE STORM THAT',
  '00:00:05,839|00:00:08,141|POP|CHANGED THE COASTLINE.',
  '',
].join('\n');

const TRACK_EXPECTED = srt([['00:00:01,000 --> 00:00:02,000', 'Subtitle track one, first line.']]);
const TRACK_ACTUAL = srt([
  ['00:00:01,000 --> 00:00:02,000', 'Subtitle track one, first line.'],
  ['00:00:02,500 --> 00:00:04,000', 'Subtitle track one, second line.'],
]);

const MULTI_BASELINE = srt([['00:00:01,000 --> 00:00:02,000', 'Captions for both outputs.']]);
// The accepted variant: the same cue, its times rounded the other way (as another platform's build writes them).
const MULTI_VARIANT = srt([['00:00:01,001 --> 00:00:02,002', 'Captions for both outputs.']]);
const MULTI_VTT = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nCaptions for both outputs.\n';

export const PLATFORM_TESTS: readonly PlatformTest[] = [
  {
    case: 'differs',
    id: 961,
    sampleId: 951,
    outputId: 971,
    categories: ['Teletext'],
    command: '-autoprogram -out=srt -latin1',
    description: 'Teletext page 888 of a BBC One news bulletin.',
    extension: '.srt',
    expected: NEWS_EXPECTED,
    expectedStored: true,
    actual: NEWS_ACTUAL,
    variants: [],
    exitCode: 0,
    expectedRc: 0,
    runtimeMs: 1200,
  },
  {
    case: 'matched',
    id: 962,
    sampleId: 952,
    outputId: 972,
    categories: ['DVB'],
    command: '-autoprogram -out=srt',
    description: 'DVB subtitles of a ZDF news broadcast.',
    extension: '.srt',
    expected: DVB,
    expectedStored: true,
    actual: DVB,
    variants: [],
    exitCode: 0,
    expectedRc: 0,
    runtimeMs: 800,
  },
  {
    case: 'missingOutput',
    id: 963,
    sampleId: 953,
    outputId: 973,
    categories: ['MP4'],
    command: '-out=ttxt',
    description: 'CEA-608 captions in an MP4 recorded on a phone.',
    extension: '.txt',
    expected: TTXT,
    expectedStored: true,
    actual: null,
    variants: [],
    exitCode: 0,
    expectedRc: 0,
    runtimeMs: 500,
  },
  {
    case: 'expectedLost',
    id: 964,
    sampleId: 954,
    outputId: 974,
    categories: ['General'],
    command: '-out=srt -noru',
    description: 'An SRT track of a Matroska file.',
    extension: '.srt',
    expected: TRACK_EXPECTED,
    expectedStored: false,
    actual: TRACK_ACTUAL,
    variants: [],
    exitCode: 0,
    expectedRc: 0,
    runtimeMs: 900,
  },
  {
    case: 'variant',
    id: 965,
    sampleId: 955,
    outputId: 975,
    categories: ['General'],
    command: '-out=srt -stdout',
    description: 'SubRip to stdout; another platform rounds the times the other way (an accepted variant).',
    extension: '.srt',
    expected: MULTI_BASELINE,
    expectedStored: true,
    actual: MULTI_VARIANT,
    variants: [{ id: 981, text: MULTI_VARIANT }],
    exitCode: 0,
    expectedRc: 0,
    runtimeMs: 700,
  },
  {
    case: 'exitCode',
    id: 966,
    sampleId: 955,
    outputId: 976,
    categories: ['General'],
    command: '-out=webvtt',
    description: 'WebVTT of the same sample: the file matches, the exit code does not.',
    extension: '.vtt',
    expected: MULTI_VTT,
    expectedStored: true,
    actual: MULTI_VTT,
    variants: [],
    exitCode: 3,
    expectedRc: 0,
    runtimeMs: 650,
  },
];

// ---- Runs ----------------------------------------------------------------------------------------------------

/** Between the generated runs 9412 and 9413, so the newest run and the first page of `GET /runs` stay as they are. */
export const PLATFORM_RUNS: readonly Run[] = [
  {
    run_id: PLATFORM_RUN_ID,
    status: 'fail',
    platform: 'linux',
    test_type: 'commit',
    repository: REPOSITORY,
    branch: 'master',
    commit_sha: MASTER_SHA,
    pr_number: null,
    created_at: '2026-11-02T18:40:00Z',
    queued_at: '2026-11-02T18:40:00Z',
    started_at: '2026-11-02T18:42:00Z',
    completed_at: '2026-11-02T18:54:00Z',
    github_link: `https://github.com/${REPOSITORY}/commit/${MASTER_SHA}`,
  },
  {
    // A pull-request run that completed with no results: the real server names the PR's branch.
    run_id: PLATFORM_ERROR_RUN_ID,
    status: 'error',
    platform: 'linux',
    test_type: 'pr',
    repository: REPOSITORY,
    branch: 'cea608-rollup-timing',
    commit_sha: PR_SHA,
    pr_number: 1698,
    created_at: '2026-11-02T20:15:00Z',
    queued_at: '2026-11-02T20:15:00Z',
    started_at: '2026-11-02T20:16:00Z',
    completed_at: '2026-11-02T20:18:00Z',
    github_link: `https://github.com/${REPOSITORY}/pull/1698`,
  },
];

/** The platform runs `GET /runs` lists, among the regular ones. */
export function listedPlatformRuns(): RunDef[] {
  return PLATFORM_RUNS.map((run) => ({ run, ccxVersion: PLATFORM_CCX_VERSION, profile: { kind: 'main' } }));
}

export const platformRun = (id: number): Run | undefined => PLATFORM_RUNS.find((run) => run.run_id === id);
export const platformSample = (id: number): PlatformSample | undefined => PLATFORM_SAMPLES.find((sample) => sample.id === id);
export const platformTest = (id: number): PlatformTest | undefined => PLATFORM_TESTS.find((test) => test.id === id);
export const platformTestOfOutput = (outputId: number): PlatformTest | undefined =>
  PLATFORM_TESTS.find((test) => test.outputId === outputId);

/** The regression-test results of a run: all six in 9473, none in the error run. */
export const platformResults = (runId: number): readonly PlatformTest[] => (runId === PLATFORM_RUN_ID ? PLATFORM_TESTS : []);

// ---- Files ---------------------------------------------------------------------------------------------------

const files = lazy(
  () =>
    new Map(
      PLATFORM_TESTS.flatMap((test) => [test.expected, test.actual, ...test.variants.map((v) => v.text)])
        .filter((t): t is string => t !== null)
        .map((t) => [t, textFile(t, 'application/octet-stream')]),
    ),
);

/** The bytes and hash of a fixture text. */
export function platformFile(text: string): FileData {
  const file = files().get(text);
  if (!file) throw new Error('not a platform fixture text');
  return file;
}

/** The baseline as stored; null when it is gone from storage. */
export const expectedOf = (test: PlatformTest): FileData | null => (test.expectedStored ? platformFile(test.expected) : null);
export const actualOf = (test: PlatformTest): FileData | null => (test.actual === null ? null : platformFile(test.actual));

/** The platform stores files under their hash. */
export const storedName = (file: FileData, test: PlatformTest) => `${file.sha256()}${test.extension}`;

/** Whether the run's file is byte for byte the baseline (the real server's `got = null`). */
export const matched = (test: PlatformTest) => test.actual !== null && test.actual === test.expected;

/** A result's status as the real server decides it: no file, then the exit code, then the baseline or a variant. */
export function resultStatus(test: PlatformTest): ResultStatus {
  if (test.actual === null) return 'missing_output';
  if (test.exitCode !== test.expectedRc) return 'fail';
  return matched(test) || test.variants.some((v) => v.text === test.actual) ? 'pass' : 'fail';
}

/** An output's status compares with the baseline only: an accepted variant still reads `fail`. */
const outputStatus = (test: PlatformTest): OutputStatus => (matched(test) ? 'pass' : 'fail');

function failureSignature(test: PlatformTest): string | null {
  const status = resultStatus(test);
  if (status === 'missing_output') return 'missing_output';
  if (status === 'pass') return null;
  return test.exitCode !== test.expectedRc ? `exit_code_mismatch:rc:${test.exitCode}` : `diff_mismatch:output:${test.outputId}`;
}

// ---- Bodies --------------------------------------------------------------------------------------------------

export function platformRunSample(test: PlatformTest): RunSample {
  const sample = platformSample(test.sampleId);
  return {
    regression_test_id: test.id,
    sample_id: test.sampleId,
    sample_name: sample?.name ?? null,
    categories: test.categories,
    command: test.command,
    status: resultStatus(test),
    runtime_ms: test.runtimeMs,
    exit_code: test.exitCode,
    expected_rc: test.expectedRc,
    // A missing output lists no output at all; a listed output is named after its baseline's hash.
    outputs:
      test.actual === null
        ? []
        : [{ output_id: test.outputId, filename: `${platformFile(test.expected).sha256()}${test.extension}`, status: outputStatus(test) }],
  };
}

export function platformSummary(run: Run): RunSummary & { error_count: number } {
  const results = platformResults(run.run_id);
  if (results.length === 0) {
    // The recorded error run: every active regression test counted as skipped, while the results list is empty.
    return {
      run_id: run.run_id,
      status: run.status,
      total_samples: PLATFORM_TESTS.length,
      pass_count: 0,
      fail_count: 0,
      skipped_count: PLATFORM_TESTS.length,
      missing_output_count: 0,
      error_count: 0,
      duration_ms: null,
    };
  }
  const count = (status: ResultStatus) => results.filter((test) => resultStatus(test) === status).length;
  return {
    run_id: run.run_id,
    status: run.status,
    total_samples: results.length,
    pass_count: count('pass'),
    fail_count: count('fail'),
    skipped_count: count('skipped'),
    missing_output_count: count('missing_output'),
    error_count: results.filter((test) => resultStatus(test) !== 'pass').length,
    // The sum of the results' runtimes, as the real server computes it.
    duration_ms: results.reduce((sum, test) => sum + test.runtimeMs, 0),
  };
}

export function platformSampleBody(sample: PlatformSample): Sample {
  const sha = sha256Hex(utf8(`platform sample ${sample.name}`));
  return toSample({ ...sample, sha, regressionTestCount: PLATFORM_TESTS.filter((test) => test.sampleId === sample.id).length });
}

export function platformRegressionTest(test: PlatformTest): RegressionTest {
  return toRegressionTest(test, platformSample(test.sampleId)?.name ?? '', [
    {
      id: test.outputId,
      // The baseline's hash, also when its file is gone from storage.
      correct: platformFile(test.expected).sha256(),
      correct_extension: test.extension,
      expected_filename: `_out${test.outputId}`,
      ignore: false,
      variants: test.variants.map((variant) => ({ id: variant.id, hash: platformFile(variant.text).sha256() })),
    },
  ]);
}

/** A sample's results across the platform runs, newest first (the error run has none). */
export function platformHistory(sampleId: number): HistoryEntry[] {
  return PLATFORM_RUNS.flatMap((run) =>
    platformResults(run.run_id)
      .filter((test) => test.sampleId === sampleId)
      .map((test): HistoryEntry => ({
        run_id: run.run_id,
        regression_test_id: test.id,
        status: resultStatus(test),
        platform: run.platform,
        branch: run.branch,
        commit_sha: run.commit_sha,
        tested_at: run.completed_at ?? run.created_at ?? '',
        failure_signature: failureSignature(test),
      })),
  ).sort((a, b) => Date.parse(b.tested_at) - Date.parse(a.tested_at) || b.run_id - a.run_id || a.regression_test_id - b.regression_test_id);
}

export type PlatformFileIds = { runId: number; sampleId: number; regressionId: number; outputId: number };

/** An OutputFile as the real server sends it: octet-stream, on the platform's disk only, not cut. */
export function platformOutputFile(
  ids: PlatformFileIds,
  test: PlatformTest,
  file: FileData,
  format: 'text' | 'base64',
): OutputFile & { truncated: false } {
  return { ...outputFileBody(ids, storedName(file, test), file, format, 'degraded', null), download_url: null, truncated: false };
}
