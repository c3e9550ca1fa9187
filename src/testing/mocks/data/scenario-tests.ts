// The regression tests behind each named scenario: which sample, which command, and how the main failing run's
// output differs from its expected file. They come first in their category, so their ids are stable.
import type { OutputStatus, OutputType, StorageStatus } from './api-types';
import type { CaptionScenarioName } from './caption-scenarios';
import type { CaptionFormat, CaptionStyle, Mutation, RenderOptions } from './captions';

export type ScenarioName =
  | 'differs'
  | 'matched'
  | 'missingOutput'
  | 'missingExpected'
  | 'exitCodeMismatch'
  | 'storageDegraded'
  | 'storageMissing'
  | 'utf8Base64'
  | 'windows1252'
  | 'utf16Bom'
  | 'binary'
  | 'crlfVsLf'
  | 'trailingWhitespace'
  | 'noFinalNewline'
  | 'large'
  | 'allDifferent'
  | 'capped'
  | 'truncated'
  | 'rateLimited'
  | 'variants'
  | 'multiOutput'
  | 'skipped'
  | 'crash'
  | CaptionScenarioName;

export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le-bom';

export type CaptionContent = {
  kind: 'captions';
  format: CaptionFormat;
  style: CaptionStyle;
  cues: number;
  eol: '\r\n' | '\n';
  encoding?: TextEncoding;
  mode?: string;
  xds?: boolean;
};

/** How an output's file is made; `raw` and `capped` are built byte by byte, `fixture` is a hand-made caption pair. */
export type ContentSpec = CaptionContent | { kind: 'raw' } | { kind: 'capped' } | { kind: 'fixture'; fixture: string };

/** The main run's actual file for a scenario output: mutations of the expected cues and/or other render options. */
export type ScenarioActual = { mutations: Mutation[]; render?: Partial<RenderOptions> };

export type ScenarioOutput = {
  suffix: string;
  /** The outcome in the main failing run. */
  state: OutputStatus;
  content?: Partial<CaptionContent> | { kind: 'raw' } | { kind: 'capped' };
  actual?: ScenarioActual;
  ignore?: boolean;
  storage?: Exclude<StorageStatus, 'ok'>;
  /** The server could not confirm the file as text, so it sends base64 even for format=text. */
  unconfirmedText?: boolean;
  /** Accepted variants of the expected file, as mutations of it. */
  variants?: Mutation[][];
};

export type ScenarioTest = {
  scenario: ScenarioName;
  /** Which output the scenario map points at (default the first). */
  primaryOutput?: number;
  category: string;
  sample: string;
  command: string;
  format: CaptionFormat | 'raw';
  outputType?: OutputType;
  style?: CaptionStyle;
  /** Exit code in the main run, when it is not the expected one. */
  exitCode?: number;
  expectedRc?: number;
  outputs: ScenarioOutput[];
  description?: string;
  /** Further (ordinary) regression tests of the same sample, made after the category's scenario tests. */
  moreTests?: { command: string; format: CaptionFormat }[];
};

const spread = (count: number, total: number, offset = 0) =>
  Array.from({ length: count }, (_, i) => offset + Math.floor(((i + 0.5) * total) / count));

export const SCENARIO_TESTS: ScenarioTest[] = [
  // General
  {
    scenario: 'differs',
    category: 'General',
    sample: 'KTVU_Fox2_2012-11-06.ts',
    command: '--autoprogram --out=srt --latin1',
    format: 'srt',
    outputs: [
      {
        suffix: '',
        state: 'fail',
        content: { cues: 96 },
        actual: {
          mutations: [
            { kind: 'shift', ms: 33, from: 11, to: 18 },
            { kind: 'word', cue: 40 },
            { kind: 'extra', cue: 71, text: '[ MUSIC ]' },
          ],
        },
      },
    ],
    description: 'Roll-up news captions from an ATSC capture; catches timing regressions in the 608 decoder.',
    moreTests: [
      { command: '--autoprogram --out=ttxt --latin1', format: 'ttxt' },
      { command: '--out=webvtt', format: 'vtt' },
    ],
  },
  {
    scenario: 'matched',
    category: 'General',
    sample: 'CNN_720p_2014-06-02.ts',
    command: '--autoprogram --out=srt',
    format: 'srt',
    outputs: [{ suffix: '', state: 'pass' }],
  },
  {
    scenario: 'storageDegraded',
    category: 'General',
    sample: 'WPIX_2011-03-02.mpg',
    command: '--out=webvtt',
    format: 'vtt',
    outputs: [{ suffix: '', state: 'fail', storage: 'degraded', actual: { mutations: [{ kind: 'word', cue: 20 }] } }],
  },
  {
    scenario: 'utf8Base64',
    category: 'General',
    sample: 'Univision_multiprogram_2015-09-16.ts',
    command: '--multiprogram --out=srt',
    format: 'srt',
    outputType: 'multiprogram',
    style: 'spanish',
    outputs: [
      {
        suffix: '_spa_0x00D3',
        state: 'fail',
        unconfirmedText: true,
        actual: {
          mutations: [
            { kind: 'word', cue: 5 },
            { kind: 'drop', cue: 30 },
          ],
        },
      },
      { suffix: '_eng_0x00D2', state: 'pass', content: { style: 'news' } },
    ],
  },
  {
    scenario: 'large',
    category: 'General',
    sample: 'NBC_Olympics_2012-08-12_4h.ts',
    command: '--autoprogram --out=srt --latin1',
    format: 'srt',
    outputs: [
      {
        suffix: '',
        state: 'fail',
        content: { cues: 9_000 },
        actual: {
          mutations: [
            ...spread(150, 9_000).map((cue): Mutation => ({ kind: 'word', cue })),
            ...spread(50, 9_000, 29).map((cue): Mutation => ({ kind: 'shift', ms: 33, from: cue, to: cue + 1 })),
          ],
        },
      },
    ],
    description: 'Four hours of Olympics coverage: a long file with scattered changes.',
  },
  {
    scenario: 'rateLimited',
    category: 'General',
    sample: 'KGO_ABC7_2014-11-04.ts',
    command: '--autoprogram --out=srt',
    format: 'srt',
    style: 'rollup',
    outputs: [{ suffix: '', state: 'fail', actual: { mutations: [{ kind: 'shift', ms: -33 }] } }],
  },
  {
    scenario: 'truncated',
    category: 'General',
    sample: 'PBS_NewsHour_2015-05-20_loop.ts',
    command: '--autoprogram --out=ttxt --latin1 --ucla',
    format: 'ttxt',
    outputs: [
      {
        suffix: '',
        state: 'fail',
        content: { cues: 16_000 },
        actual: {
          mutations: [
            { kind: 'word', cue: 120 },
            { kind: 'drop', cue: 9_000 },
            { kind: 'word', cue: 15_500 },
          ],
        },
      },
    ],
    description: 'An eight-hour loop recording: its transcript is larger than the 1 MiB the API sends inline.',
  },
  // CEA-708
  {
    scenario: 'multiOutput',
    category: 'CEA-708',
    sample: 'atsc_wnyw_708_2013-05-10.ts',
    command: '--service 1,2,3 --out=srt',
    format: 'srt',
    outputType: 'cea708',
    outputs: [
      { suffix: '.p1.svc01', state: 'fail', actual: { mutations: [{ kind: 'strip-tags' }, { kind: 'word', cue: 12 }] } },
      { suffix: '.p1.svc02', state: 'pass', content: { style: 'spanish' } },
      { suffix: '.p1.svc03', state: 'fail', ignore: true, actual: { mutations: [{ kind: 'drift', msPerCue: 1 }] } },
    ],
  },
  {
    scenario: 'missingExpected',
    primaryOutput: 1,
    category: 'CEA-708',
    sample: 'ABC7_HD_708_2014-02-03.ts',
    command: '--service 1,2 --out=srt',
    format: 'srt',
    outputType: 'cea708',
    outputs: [
      { suffix: '.p1.svc01', state: 'fail', actual: { mutations: [{ kind: 'shift', ms: 33, from: 0, to: 6 }] } },
      { suffix: '.p1.svc02', state: 'missing_expected', content: { style: 'spanish' } },
    ],
    description: 'Service 2 output added in 2026; its baseline has not been approved yet.',
  },
  // DVD
  {
    scenario: 'variants',
    category: 'DVD',
    sample: 'VTS_01_1.VOB',
    command: '--out=srt',
    format: 'srt',
    style: 'drama',
    outputs: [{ suffix: '', state: 'pass', variants: [[{ kind: 'shift', ms: 1 }], [{ kind: 'drop', cue: 0 }]] }],
  },
  // Hardsubx
  {
    scenario: 'skipped',
    category: 'Hardsubx',
    sample: 'hardsub_yellow_720p.mp4',
    command: '--hardsubx --subcolor yellow --detect_italics --out=srt',
    format: 'srt',
    style: 'drama',
    outputs: [{ suffix: '', state: 'pass' }],
  },
  // Options
  {
    scenario: 'exitCodeMismatch',
    category: 'Options',
    sample: 'KTVU_options_2013-04-01.ts',
    command: '-12 --out=srt',
    format: 'srt',
    exitCode: 10,
    outputs: [{ suffix: '', state: 'pass' }],
  },
  {
    scenario: 'utf16Bom',
    category: 'Options',
    sample: 'KQED_drama_2015-08-13.ts',
    command: '--out=srt -unicode',
    format: 'srt',
    style: 'drama',
    outputs: [{ suffix: '', state: 'fail', content: { encoding: 'utf-16le-bom' }, actual: { mutations: [{ kind: 'word', cue: 8 }] } }],
  },
  {
    scenario: 'binary',
    category: 'Options',
    sample: 'Raw608_capture.bin',
    command: '--out=raw',
    format: 'raw',
    outputs: [{ suffix: '', state: 'fail', content: { kind: 'raw' } }],
  },
  {
    scenario: 'crlfVsLf',
    category: 'Options',
    sample: 'lf_reference_clip.ts',
    command: '--out=srt -lf',
    format: 'srt',
    outputs: [{ suffix: '', state: 'fail', content: { eol: '\n', cues: 24 }, actual: { mutations: [], render: { eol: '\r\n' } } }],
    description: '-lf must write LF line endings instead of CRLF.',
  },
  {
    scenario: 'trailingWhitespace',
    category: 'Options',
    sample: 'roll_up_4_lines.mpg',
    command: '--no_typesetting --out=srt',
    format: 'srt',
    style: 'rollup',
    outputs: [
      {
        suffix: '',
        state: 'fail',
        content: { cues: 40 },
        actual: {
          mutations: [
            { kind: 'pad', every: 3, pad: '   ' },
            { kind: 'pad', every: 7, pad: '\t' },
            { kind: 'pad', every: 10, pad: ' \t ' },
          ],
        },
      },
    ],
  },
  {
    scenario: 'noFinalNewline',
    category: 'Options',
    sample: 'KTLA_2010-12-31_countdown.ts',
    command: '--out=smptett',
    format: 'xml',
    outputs: [{ suffix: '', state: 'fail', content: { eol: '\n' }, actual: { mutations: [], render: { finalNewline: false } } }],
  },
  {
    scenario: 'allDifferent',
    category: 'Options',
    sample: 'ESPN_HD_2013-10-21_marathon.ts',
    command: '--autoprogram --out=srt -lf',
    format: 'srt',
    outputs: [
      {
        suffix: '',
        state: 'fail',
        content: { cues: 9_000, eol: '\n' },
        actual: { mutations: [{ kind: 'shift', ms: 33 }], render: { eol: '\r\n' } },
      },
    ],
    description: 'Every line differs: -lf is ignored and every cue moves by one frame.',
  },
  {
    scenario: 'crash',
    category: 'Options',
    sample: 'KTVU_options_2013-04-01.ts',
    command: '--sentencecap --out=srt',
    format: 'srt',
    exitCode: 139,
    outputs: [{ suffix: '', state: 'missing_output' }],
  },
  // Teletext
  {
    scenario: 'windows1252',
    category: 'Teletext',
    sample: 'ZDF_HD_teletext_2015-02-02.ts',
    command: '--teletext --tpage 150 --latin1 --out=srt',
    format: 'srt',
    style: 'german',
    outputs: [{ suffix: '', state: 'fail', content: { encoding: 'windows-1252' }, actual: { mutations: [{ kind: 'word', cue: 3 }] } }],
  },
  {
    scenario: 'storageMissing',
    category: 'Teletext',
    sample: 'BBC1_teletext_888_2011-05-06.ts',
    command: '--teletext --tpage 888 --out=srt',
    format: 'srt',
    style: 'drama',
    outputs: [
      {
        suffix: '',
        state: 'fail',
        storage: 'missing',
        actual: { mutations: [{ kind: 'extra', cue: 14, text: '<font color="#00ffff">[DOOR SLAMS]</font>' }] },
      },
    ],
  },
  // WTV
  {
    scenario: 'missingOutput',
    category: 'WTV',
    sample: 'wtv_sample_08.wtv',
    command: '--out=srt',
    format: 'srt',
    outputs: [{ suffix: '', state: 'missing_output' }],
  },
  // XDS
  {
    scenario: 'capped',
    category: 'XDS',
    sample: 'C-SPAN_xds_marathon_2014.ts',
    command: '--autoprogram --out=ttxt --latin1 --ucla --xds',
    format: 'ttxt',
    outputs: [{ suffix: '', state: 'fail', content: { kind: 'capped' } }],
    description: 'A diff larger than the server returns: over 500 hunks, a 600-line hunk and a 1,500-character line.',
  },
];
