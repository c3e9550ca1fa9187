// The ids of every fixture state the demo mock serves, for unit tests, e2e tests and the README.
// They are fixed: contract.test.ts checks that each id still shows its state.
import { HOSTILE_SCENARIOS } from './data/hostile';
import { LARGE_OUTPUTS, LARGE_REGRESSION_ID, LARGE_SAMPLE_ID, type LargeOutputChange, type LargeOutputSize } from './data/large-outputs';
import { PLATFORM_ERROR_RUN_ID, PLATFORM_RUN_ID, PLATFORM_TESTS, type PlatformCase } from './data/platform-runs';

/** One output of one regression-test result: what the three file routes take. */
export type FileScenario = Readonly<{ runId: number; sampleId: number; regressionId: number; outputId: number }>;

const MAIN_RUN = 9461;
const file = (sampleId: number, regressionId: number, outputId: number): FileScenario => ({
  runId: MAIN_RUN,
  sampleId,
  regressionId,
  outputId,
});

function largeOutputScenarios(): Record<LargeOutputChange, Record<LargeOutputSize, FileScenario>> {
  const of = (change: LargeOutputChange) =>
    Object.fromEntries(
      LARGE_OUTPUTS.filter((o) => o.change === change).map((o) => [o.lines, file(LARGE_SAMPLE_ID, LARGE_REGRESSION_ID, o.outputId)]),
    ) as Record<LargeOutputSize, FileScenario>;
  return { scattered: of('scattered'), allChanged: of('allChanged') };
}

function platformScenario(kind: PlatformCase): FileScenario {
  const test = PLATFORM_TESTS.find((t) => t.case === kind);
  if (!test) throw new Error(`no platform test ${kind}`);
  return { runId: PLATFORM_RUN_ID, sampleId: test.sampleId, regressionId: test.id, outputId: test.outputId };
}

export const scenarios = {
  runs: {
    /** PR #1724 on Linux: fails, 254 results (193 pass, 54 fail, 5 missing output, 2 skipped). */
    mainFailing: MAIN_RUN,
    /** The same commit on Windows: passes (a linux-fails / windows-passes pair). */
    windowsPass: 9462,
    /** A master commit, both platforms pass. */
    masterPass: { linux: 9463, windows: 9464 },
    /**
     * The base runs of PR #1724's runs (the newest finished master runs before them). Against 9459 the main run has
     * 51 new failures, 7 already failing (two were missing outputs there), 1 not in base (skipped there) and 3
     * fixed; regression test 251 is among the already failing and is flaky (it failed in master run 9445 too).
     */
    masterBase: { linux: 9459, windows: 9460 },
    flakyRegression: 251,
    /** PR #1728: CEA-708 decoder crashes (exit 139 / -1073741819) on both platforms. */
    crashBothPlatforms: { linux: 9465, windows: 9466 },
    /** A commit of the fork x15sr71/ccextractor, branch improve-teletext-g0. */
    fork: { linux: 9467, windows: 9468 },
    canceled: 9469,
    incomplete: 9470,
    /** Started, not completed: results running and not_started. */
    running: 9471,
    queued: 9472,
    newest: 9472,
    /** The oldest run (linux, master): no master run before it, so no base run. */
    oldest: 9401,
    /** 72 regular runs and the two platform-style runs (9473, 9474; see `platform`). */
    total: 74,
  },
  /** A typical SubRip diff: seven cues 33 ms late, a changed word, an extra cue. */
  differs: file(31, 240, 1046),
  /** The output matched expected: /actual answers 204 (query) or 303 to /expected (path). */
  matched: file(32, 241, 1047),
  /** The test produced no file: 404 missing_output. */
  missingOutput: file(116, 391, 1188),
  /** Output .p1.svc02 has no approved baseline: /expected 404 missing_expected, diff status missing_expected. */
  missingExpected: file(14, 215, 1018),
  /** Ids that do not exist: an output id, and run, sample and regression-test ids for 404 not_found. */
  notFound: { ...file(31, 240, 99_999), unknownRunId: 9_999, unknownSampleId: 9_999, unknownRegressionId: 9_999 },
  /** Files match, but exit code 10 where 0 was expected: the result fails, /actual is 204. */
  exitCodeMismatch: file(70, 284, 1081),
  /** A crash: exit code 139, no output file (result fail, output missing_output). */
  crash: file(70, 291, 1088),
  /** The actual file is in one storage backend only. */
  storageDegraded: file(33, 242, 1048),
  /** The actual file is in neither backend: content '', no sha256; diff status missing_actual. */
  storageMissing: file(105, 371, 1168),
  /** Valid UTF-8 (Spanish) the server did not confirm as text: base64 even with format=text. */
  utf8Base64: file(34, 243, 1049),
  /** A --latin1 teletext SubRip in Windows-1252 ("Größe"): base64. */
  windows1252: file(104, 370, 1167),
  /** `-unicode`: UTF-16 LE with a BOM: base64. */
  utf16Bom: file(71, 285, 1082),
  /** `--out=raw`: binary CEA-608 data with NUL bytes: base64. */
  binary: file(72, 286, 1083),
  /** Expected LF (`-lf`), actual CRLF: every line differs by a trailing \r. */
  crlfVsLf: file(73, 287, 1084),
  /** Trailing spaces and tabs added to roll-up lines. */
  trailingWhitespace: file(74, 288, 1085),
  /** The actual XML lacks the final newline. */
  noFinalNewline: file(75, 289, 1086),
  /** About 40,000 lines (0.7 MB), 200 scattered changes (200 hunks). */
  large: file(35, 244, 1051),
  /** About 40,000 lines, every one differs (CRLF and a 33 ms shift): one hunk, capped at 500 lines. */
  allDifferent: file(76, 290, 1087),
  /** 702 hunks (capped to 500), a 606-line hunk (capped to 500) and a 1,512-character line (cut to 1,000). */
  capped: file(126, 404, 1201),
  /** A 1.5 MB transcript: content cut at 1 MiB, truncated: true, download_url. */
  truncated: file(37, 246, 1053),
  /** The first /actual and the first /diff per token answer 429 with Retry-After: 2. */
  rateLimited: file(36, 245, 1052),
  /** Passes; the regression test lists two accepted variants of the expected file. */
  variants: file(26, 235, 1041),
  /** Three CEA-708 outputs: .p1.svc01 fails, .p1.svc02 passes, .p1.svc03 differs but is ignored. */
  multiOutput: file(13, 214, 1014),
  /** The ignored output of multiOutput (status fail, result still decided by the others). */
  ignoredOutput: file(13, 214, 1016),
  /** A failing output of a sample with an 85-character original name (and, as every output, a 64-hex stored name). */
  longName: file(24, 231, 1037),
  /** A skipped result (Hardsubx): no outputs. */
  skipped: file(53, 267, 1074),
  /** A sample whose history repeats one failure signature across PR #1724's pushes. */
  history: { sampleId: 31, regressionId: 240 },
  /**
   * Generated SubRip outputs of 100, 2,000, 10,000 and 40,000 lines in the main run (data/large-outputs.ts), with
   * one cue in 50 changed (`scattered`) or every line changed (`allChanged`): the benchmark's cases.
   */
  largeOutputs: largeOutputScenarios(),
  /**
   * Caption-aware diff: one failing output per kind of caption difference (data/caption-scenarios.ts), made
   * from the captions feature's hand-made fixtures, whose `sentence` is the verdict each should show.
   */
  captionShift: file(140, 438, 1235),
  captionShiftVtt: file(140, 439, 1236),
  captionDrift: file(141, 440, 1237),
  captionTextChanged: file(142, 441, 1238),
  captionFormatting: file(142, 442, 1239),
  captionWhitespace: file(142, 443, 1240),
  captionEncoding: file(143, 444, 1241),
  captionSplit: file(141, 445, 1242),
  captionMerged: file(141, 446, 1243),
  captionMissing: file(144, 447, 1244),
  captionExtra: file(144, 448, 1245),
  captionMixed: file(144, 449, 1246),
  captionNotCaptions: file(145, 450, 1247),
  captionMalformed: file(145, 451, 1248),
  captionEmptyActual: file(145, 452, 1249),
  captionTranscript: file(140, 453, 1250),
  captionAss: file(143, 454, 1251),
  /**
   * Runs that answer the way the platform's own server does (data/platform-runs.ts, from the recordings in
   * /work/shared/real-api), listed by `GET /runs` among the older runs. Samples 951–955, regression tests 961–966,
   * outputs 971–976. Both route styles; everything else about them follows the real server.
   */
  platform: {
    /** A master commit on linux, status fail: one regression test of each kind below. */
    runId: PLATFORM_RUN_ID,
    /** A pull request that completed with no results: status `error`, an empty results page (its summary still counts six skipped). */
    errorRunId: PLATFORM_ERROR_RUN_ID,
    /** A SubRip output that differs: a timing change, changed text and an extra cue. */
    differs: platformScenario('differs'),
    /** Matched: path-style /actual is a 303 with a relative Location to /expected (and an HTML body); query-style 204. */
    matched: platformScenario('matched'),
    /**
     * No output file: the result reads `missing_output` with `outputs: []`; all three file routes answer 404
     * not_found "No result for regression test 963."; the regression test still lists the output and its `correct`
     * hash, and `/regression-tests/963/outputs/973/download` links the expected file.
     */
    missingOutput: platformScenario('missingOutput'),
    /** The result fails but its expected file is gone from storage: /expected and /diff 404 not_found, /actual 200. */
    expectedLost: platformScenario('expectedLost'),
    /** An accepted variant: the result passes, the output reads `fail`, /diff `different`, the actual's sha256 is a variant hash. */
    variant: platformScenario('variant'),
    /** Fails on its exit code (3, expected 0) while its output matched (303 / 204); same sample as `variant`. */
    exitCode: platformScenario('exitCode'),
  },
  /** Runs 9480 and 9481, unlisted unless filtered by their branch or commit: payloads in every string (data/hostile.ts). */
  hostile: HOSTILE_SCENARIOS,
} as const;

export type ScenarioKey = keyof typeof scenarios;
