// The hostile runs, 9480 (linux, a pull request) and 9481 (windows, a fork's commit): every string a maintainer
// can see in them — sample names, filenames, descriptions, commands, branch, repository, categories, tags, error
// messages, failure signatures and file contents — comes from an untrusted pull request or upload and carries a
// payload. Every body is still valid against the OpenAPI file (its maxLength limits included), so the payloads
// reach the screens; e2e/hostile-data.spec.ts checks that none of them runs and that hidden characters show.
//
// The runs are unlisted: `GET /runs` includes them only when filtered by their branch or commit SHA, so the
// regular runs list, its counts and its pages stay as they are.
import type { HistoryEntry, OutputFile, OutputStatus, RegressionTest, ResultStatus, Run, RunSample, RunSummary, Sample } from './api-types';
import { toRegressionTest, toSample } from './bodies';
import { textFile, utf8 } from './bytes';
import { outputFileBody } from './file-bodies';
import type { RunDef } from './runs';
import { sha256Hex } from './sha256';

/** The payload corpus. */
export const PAYLOADS = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  javascriptUrl: 'javascript:alert(1)',
  /** RIGHT-TO-LEFT OVERRIDE: "clip_\u202E4pm.exe" would read "clip_exe.mp4". */
  rlo: '\u202E',
  /** ZWSP, ZWNJ, ZWJ, WORD JOINER, BOM. */
  zeroWidth: '\u200B\u200C\u200D\u2060\uFEFF',
  /** NUL, BEL, an ANSI colour escape, BACKSPACE, DEL and a C1 control. */
  control: '\u0000\u0007\u001B[31m\u0008\u007F\u0085',
  markdown: '](javascript:alert(1)) **bold** `tick` ``double``\n# Heading\n[link](javascript:alert(1))',
} as const;

const P = PAYLOADS;

export const HOSTILE_RUN_ID = 9480;
export const HOSTILE_FORK_RUN_ID = 9481;
export const HOSTILE_COMMIT_SHA = 'baadf00d'.repeat(5);
/** The branch of both hostile runs: filter the runs list by it to see them. */
export const HOSTILE_BRANCH = `fix-${P.script}-${P.rlo}lmth.exe${P.zeroWidth}-x`;
const HOSTILE_REPOSITORY = `${P.img}/${P.rlo}ccextractor`;
export const HOSTILE_PR = 4242;

/** The longest strings the contract allows, with no place to wrap. */
const LONG_NAME = `${'W'.repeat(251)}.mpg`;
const LONG_COMMAND = `--in=${'A'.repeat(1_990)} -o x`.slice(0, 2_000);
const LONG_DESCRIPTION = `${P.script}${'D'.repeat(2_000)}`.slice(0, 2_000);
/** A 10,000-character "name" where the contract allows it: one line of a file's content. */
const LONG_LINE = `name=${'N'.repeat(9_995)}`;

export type HostileOutput = {
  id: number;
  /** The stored file's name after the sample's hash (which the mock prepends, as the platform does). */
  name: string;
  extension: string;
  status: OutputStatus;
  expected: string | null;
  /** null: the test produced no file. */
  actual: string | null;
  /** /diff answers this error instead of a diff. */
  diffError?: { status: number; code: string; message: string };
  /** The actual file claims to be cut and links "the whole file" here. */
  downloadUrl?: string;
  missingMessage?: string;
};

export type HostileTest = {
  id: number;
  sample: { id: number; sha: string; extension: string; name: string; tags: string[] };
  categories: string[];
  command: string;
  description: string | null;
  status: ResultStatus;
  exitCode: number;
  expectedRc: number;
  runtimeMs: number;
  signature: string | null;
  outputs: HostileOutput[];
};

const srt = (lines: string[]) =>
  lines
    .map((text, i) => `${i + 1}\n00:00:${String(i + 1).padStart(2, '0')},000 --> 00:00:${String(i + 2).padStart(2, '0')},000\n${text}\n`)
    .join('\n');

const EXPECTED_LINES = ['Good evening.', 'Here is the news.', 'Weather follows.', 'Goodnight.'];

const HOSTILE_LINES = [
  P.script,
  P.img,
  `<a href="${P.javascriptUrl}">click</a>`,
  `clip_${P.rlo}4pm.exe`,
  `zero${P.zeroWidth}width`,
  // Without the NUL, which would make the whole file binary (see controlMatched for that).
  `ctrl${P.control.replace('\u0000', '')}chars`,
  `${P.markdown}`,
  LONG_LINE,
];

const sha = (seed: string) => seed.repeat(64).slice(0, 64);

export const HOSTILE_TESTS: readonly HostileTest[] = [
  {
    id: 901,
    sample: { id: 901, sha: sha('a1'), extension: 'ts', name: `${P.script}.ts`, tags: [P.script, `tag${P.rlo}lave`] },
    categories: [P.script],
    command: `--out=srt ${P.script} ${P.img}`,
    description: `${P.img} ${P.script} ${P.javascriptUrl}`,
    status: 'fail',
    exitCode: 0,
    expectedRc: 0,
    runtimeMs: 1_200,
    signature: `diff:${P.script}${P.rlo}`,
    outputs: [
      {
        id: 9001,
        name: `${P.script}`,
        extension: '.srt',
        status: 'fail',
        expected: srt(EXPECTED_LINES),
        actual: srt([...EXPECTED_LINES.slice(0, 2), ...HOSTILE_LINES]),
      },
    ],
  },
  {
    id: 902,
    sample: { id: 902, sha: sha('b2'), extension: 'mkv', name: `${P.img}.mkv`, tags: [P.img] },
    categories: [P.img],
    command: `--out=ttxt "${P.img}"`,
    description: `Crashes the diff engine: ${P.img}`,
    status: 'fail',
    exitCode: 0,
    expectedRc: 0,
    runtimeMs: 2_400,
    signature: `diff:${P.img}`,
    outputs: [
      {
        id: 9002,
        name: P.img,
        extension: '.txt',
        status: 'fail',
        expected: 'line one\n',
        actual: `line one\n${P.img}\n`,
        diffError: {
          status: 422,
          code: 'diff_failed',
          message: `The diff engine failed on ${P.img} ${P.script} ${P.rlo}elif${P.zeroWidth}`,
        },
      },
    ],
  },
  {
    id: 903,
    sample: { id: 903, sha: sha('c3'), extension: 'ts', name: `clip_${P.rlo}4pm.exe.ts`, tags: [`${P.rlo}gat`] },
    categories: [`${P.rlo}yrogetac`],
    command: `--out=srt -o clip_${P.rlo}4pm.exe.srt`,
    description: `Bidi: clip_${P.rlo}4pm.exe`,
    status: 'missing_output',
    exitCode: 0,
    expectedRc: 0,
    runtimeMs: 900,
    signature: `missing_output:${P.rlo}9003`,
    outputs: [
      {
        id: 9003,
        name: `clip_${P.rlo}4pm.exe`,
        extension: '.srt',
        status: 'missing_output',
        expected: srt(EXPECTED_LINES),
        actual: null,
        missingMessage: `No output file: ${P.img} ${P.rlo}tuptuo`,
      },
    ],
  },
  {
    id: 904,
    sample: { id: 904, sha: sha('d4'), extension: 'ts', name: `zero${P.zeroWidth}width${P.control}.ts`, tags: [`ctl${P.control}`] },
    categories: [`zero${P.zeroWidth}width`],
    command: `--out=srt ${P.control} ${P.zeroWidth}`,
    description: `Control characters: ${P.control}`,
    status: 'pass',
    exitCode: 0,
    expectedRc: 0,
    runtimeMs: 700,
    signature: null,
    outputs: [
      {
        id: 9004,
        name: `zero${P.zeroWidth}`,
        extension: '.srt',
        status: 'pass',
        expected: srt([...HOSTILE_LINES, `nul${P.control}`]),
        actual: null,
      },
    ],
  },
  {
    id: 905,
    sample: { id: 905, sha: sha('e5'), extension: 'mpg', name: LONG_NAME, tags: ['T'.repeat(100)] },
    categories: ['C'.repeat(100)],
    command: LONG_COMMAND,
    description: LONG_DESCRIPTION,
    status: 'fail',
    exitCode: 10,
    expectedRc: 0,
    runtimeMs: 65_000,
    signature: `exit_code:${'S'.repeat(240)}`,
    outputs: [
      {
        id: 9005,
        // With the 64-character hash and the extension, 255 characters: the longest filename the contract allows.
        name: 'F'.repeat(255 - 64 - 4),
        extension: '.srt',
        status: 'fail',
        expected: srt(['short']),
        actual: srt([LONG_LINE, 'short']),
      },
    ],
  },
  {
    id: 906,
    sample: { id: 906, sha: sha('f6'), extension: 'ts', name: `md${P.markdown}.ts`, tags: ['[x](javascript:alert(1))'] },
    categories: ['[md](javascript:alert(1))'],
    command: `--out=srt ${P.markdown}`,
    description: P.markdown,
    status: 'fail',
    exitCode: 0,
    expectedRc: 0,
    runtimeMs: 1_500,
    signature: `diff:${P.markdown}`.slice(0, 255),
    outputs: [
      {
        id: 9006,
        name: '`](javascript:alert(1))`',
        extension: '.srt',
        status: 'fail',
        expected: srt(EXPECTED_LINES),
        actual: srt([...EXPECTED_LINES.slice(0, 3), P.markdown]),
        downloadUrl: P.javascriptUrl,
      },
    ],
  },
  {
    id: 907,
    sample: { id: 907, sha: sha('07'), extension: 'mp4', name: `${P.javascriptUrl}//.mp4`, tags: [P.javascriptUrl] },
    categories: [P.javascriptUrl],
    command: `--out=srt ${P.javascriptUrl}`,
    description: null,
    status: 'pass',
    exitCode: 0,
    expectedRc: 0,
    runtimeMs: 800,
    signature: null,
    outputs: [
      { id: 9007, name: P.javascriptUrl, extension: '.srt', status: 'missing_expected', expected: null, actual: srt(HOSTILE_LINES) },
    ],
  },
];

function hostileRun(id: number): Run {
  const linux = id === HOSTILE_RUN_ID;
  return {
    run_id: id,
    status: 'fail',
    platform: linux ? 'linux' : 'windows',
    test_type: linux ? 'pr' : 'commit',
    repository: linux ? 'CCExtractor/ccextractor' : HOSTILE_REPOSITORY,
    branch: HOSTILE_BRANCH,
    commit_sha: HOSTILE_COMMIT_SHA,
    pr_number: linux ? HOSTILE_PR : null,
    created_at: linux ? '2026-11-21T09:00:00Z' : '2026-11-21T09:00:02Z',
    queued_at: '2026-11-21T09:00:03Z',
    started_at: '2026-11-21T09:05:00Z',
    completed_at: '2026-11-21T09:40:00Z',
    // Valid `format: uri` values, and not links the viewer may follow.
    github_link: linux ? P.javascriptUrl : 'https://github.com.evil.example/CCExtractor/ccextractor/commit/x',
  };
}

export const HOSTILE_RUNS: readonly Run[] = [hostileRun(HOSTILE_RUN_ID), hostileRun(HOSTILE_FORK_RUN_ID)];

/** The hostile runs `GET /runs` lists: only when asked for their branch or commit. */
export function listedHostileRuns(branch: string | null, commitSha: string | null): RunDef[] {
  if (branch !== HOSTILE_BRANCH && commitSha?.toLowerCase() !== HOSTILE_COMMIT_SHA) return [];
  return HOSTILE_RUNS.map((run) => ({ run, ccxVersion: '0.95', profile: { kind: 'main' } }));
}

export function hostileRunById(id: number): Run | undefined {
  return HOSTILE_RUNS.find((run) => run.run_id === id);
}

export function hostileTestById(id: number): HostileTest | undefined {
  return HOSTILE_TESTS.find((test) => test.id === id);
}

export function hostileTestOfSample(sampleId: number): HostileTest | undefined {
  return HOSTILE_TESTS.find((test) => test.sample.id === sampleId);
}

export function isHostileSample(id: number): boolean {
  return hostileTestOfSample(id) !== undefined;
}

export function hostileFilename(test: HostileTest, output: HostileOutput): string {
  return `${test.sample.sha}${output.name}${output.extension}`;
}

export function hostileRunSample(test: HostileTest): RunSample {
  return {
    regression_test_id: test.id,
    sample_id: test.sample.id,
    sample_name: test.sample.name,
    categories: test.categories,
    command: test.command,
    status: test.status,
    runtime_ms: test.runtimeMs,
    exit_code: test.exitCode,
    expected_rc: test.expectedRc,
    outputs: test.outputs.map((output) => ({ output_id: output.id, filename: hostileFilename(test, output), status: output.status })),
  };
}

export function hostileSummary(run: Run): RunSummary {
  const count = (status: ResultStatus) => HOSTILE_TESTS.filter((t) => t.status === status).length;
  return {
    run_id: run.run_id,
    status: run.status,
    total_samples: HOSTILE_TESTS.length,
    pass_count: count('pass'),
    fail_count: count('fail'),
    skipped_count: count('skipped'),
    missing_output_count: count('missing_output'),
    duration_ms: Date.parse(run.completed_at ?? '') - Date.parse(run.started_at ?? ''),
  };
}

export const hostileSample = (test: HostileTest): Sample => toSample({ ...test.sample, regressionTestCount: 1 });

const sha256 = (text: string) => sha256Hex(utf8(text));

export function hostileRegressionTest(test: HostileTest): RegressionTest {
  return toRegressionTest(
    { ...test, sampleId: test.sample.id },
    test.sample.name,
    test.outputs.map((output) => ({
      id: output.id,
      correct: output.expected === null ? '' : sha256(output.expected),
      correct_extension: output.extension,
      expected_filename: output.name,
      ignore: false,
      variants: [],
    })),
  );
}

export function hostileHistory(test: HostileTest): HistoryEntry[] {
  return HOSTILE_RUNS.map((run) => ({
    run_id: run.run_id,
    regression_test_id: test.id,
    status: test.status,
    platform: run.platform,
    branch: run.branch,
    commit_sha: run.commit_sha,
    tested_at: run.completed_at ?? '2026-11-21T09:40:00Z',
    failure_signature: test.signature,
  }));
}

export type HostileFileIds = { runId: number | null; sampleId: number; regressionId: number; outputId: number };

/** A hostile file's text as the server keeps it (UTF-8, SubRip). */
export const hostileFile = (text: string) => textFile(text, 'application/x-subrip');

/** An OutputFile with the text as UTF-8 (or base64 when asked or when it holds a NUL), never truncated for real. */
export function hostileOutputFile(
  ids: HostileFileIds,
  test: HostileTest,
  output: HostileOutput,
  text: string,
  format: 'text' | 'base64',
): OutputFile {
  const body = outputFileBody(ids, hostileFilename(test, output), hostileFile(text), format, 'ok', null);
  // The actual file claims to be cut, linking "the whole file" to the output's URL.
  return output.downloadUrl && ids.runId !== null ? { ...body, truncated: true, download_url: output.downloadUrl } : body;
}

/** Ids of the hostile fixtures, for tests (see scenarios.hostile). */
export const HOSTILE_SCENARIOS = {
  runId: HOSTILE_RUN_ID,
  forkRunId: HOSTILE_FORK_RUN_ID,
  branch: HOSTILE_BRANCH,
  commitSha: HOSTILE_COMMIT_SHA,
  prNumber: HOSTILE_PR,
  payloads: PAYLOADS,
  /** The diff of <script> and <img> lines, bidi, zero-width and control characters, Markdown and a 10,000-character line. */
  differs: { runId: HOSTILE_RUN_ID, sampleId: 901, regressionId: 901, outputId: 9001 },
  /** /diff answers 422 with a hostile error message. */
  diffError: { runId: HOSTILE_RUN_ID, sampleId: 902, regressionId: 902, outputId: 9002 },
  /** A bidi-override filename whose output is missing (404 missing_output with a hostile message). */
  bidiMissing: { runId: HOSTILE_RUN_ID, sampleId: 903, regressionId: 903, outputId: 9003 },
  /** Zero-width and control characters; the output matched (204), its expected file full of payloads. */
  controlMatched: { runId: HOSTILE_RUN_ID, sampleId: 904, regressionId: 904, outputId: 9004 },
  /** The longest names, command and description the contract allows; exit code 10 for 0. */
  long: { runId: HOSTILE_RUN_ID, sampleId: 905, regressionId: 905, outputId: 9005 },
  /** Markdown injection in every field "Copy Markdown" uses; the actual file links "the whole file" to javascript:. */
  markdown: { runId: HOSTILE_RUN_ID, sampleId: 906, regressionId: 906, outputId: 9006 },
  /** A javascript: sample name; no expected baseline. */
  javascriptName: { runId: HOSTILE_RUN_ID, sampleId: 907, regressionId: 907, outputId: 9007 },
} as const;
