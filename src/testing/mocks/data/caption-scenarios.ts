// One regression test per kind of caption difference, each failing in the main run with a hand-made
// expected/actual pair from the captions feature's fixtures (so the demo, unit and e2e tests agree on the
// verdict). They are made after every category's tests, so adding them moved no other id.
import { CAPTION_FIXTURES, type CaptionFixture } from '@/testing/captions/caption-fixtures';

export type CaptionScenarioName =
  | 'captionShift'
  | 'captionShiftVtt'
  | 'captionDrift'
  | 'captionTextChanged'
  | 'captionFormatting'
  | 'captionWhitespace'
  | 'captionEncoding'
  | 'captionSplit'
  | 'captionMerged'
  | 'captionMissing'
  | 'captionExtra'
  | 'captionMixed'
  | 'captionNotCaptions'
  | 'captionMalformed'
  | 'captionEmptyActual'
  | 'captionTranscript'
  | 'captionAss';

export type CaptionScenarioTest = {
  scenario: CaptionScenarioName;
  /** The name of a CAPTION_FIXTURES entry. */
  fixture: string;
  category: string;
  sample: string;
  command: string;
  description: string;
};

const t = (
  scenario: CaptionScenarioName,
  fixture: string,
  category: string,
  sample: string,
  command: string,
  description: string,
): CaptionScenarioTest => ({
  scenario,
  fixture,
  category,
  sample,
  command,
  description,
});

export const CAPTION_SCENARIO_TESTS: readonly CaptionScenarioTest[] = [
  t(
    'captionShift',
    'shift of 33 ms late',
    'General',
    'WGBH_news_2016-02-11.ts',
    '--autoprogram --out=srt',
    'Every cue one NTSC frame late.',
  ),
  t(
    'captionShiftVtt',
    'shift of 40 ms early (WebVTT)',
    'General',
    'WGBH_news_2016-02-11.ts',
    '--autoprogram --out=webvtt',
    'Every WebVTT cue 40 ms early.',
  ),
  t(
    'captionDrift',
    'drift',
    'General',
    'KRON_evening_news_2015-10-09.ts',
    '--out=srt --fixptsjumps',
    'Timing drifts: PTS rollover handling.',
  ),
  t(
    'captionTextChanged',
    'text change in one cue',
    'General',
    'WSB_Atlanta_2014-07-21.ts',
    '--autoprogram --out=srt --latin1',
    'One word differs.',
  ),
  t(
    'captionFormatting',
    'formatting only (<i> added, colour removed)',
    'Options',
    'WSB_Atlanta_2014-07-21.ts',
    '--out=srt --nofontcolor',
    'Tags only.',
  ),
  t(
    'captionWhitespace',
    'whitespace only (trailing spaces)',
    'Options',
    'WSB_Atlanta_2014-07-21.ts',
    '--out=srt --notypesetting',
    'Trailing spaces only.',
  ),
  t(
    'captionEncoding',
    'encoding only (UTF-8 read as Windows-1252)',
    'Options',
    'TV5_Monde_2013-09-30.ts',
    '--out=srt --utf8',
    'Accented letters written as UTF-8 read as Windows-1252 (mojibake).',
  ),
  t(
    'captionSplit',
    'split cue in the middle',
    'General',
    'KRON_evening_news_2015-10-09.ts',
    '--autoprogram --out=srt',
    'One cue split in two.',
  ),
  t('captionMerged', 'merged cues', 'General', 'KRON_evening_news_2015-10-09.ts', '--out=srt --norollup', 'Two cues merged into one.'),
  t('captionMissing', 'missing cue', 'General', 'WFLD_Fox32_2013-01-15.ts', '--autoprogram --out=srt', 'One caption lost.'),
  t('captionExtra', 'extra cue', 'General', 'WFLD_Fox32_2013-01-15.ts', '--out=srt --screenfuls 1', 'One caption too many.'),
  t(
    'captionMixed',
    'mixed (shift, text change, missing cue)',
    'General',
    'WFLD_Fox32_2013-01-15.ts',
    '--out=srt --startcreditstext',
    'A shift, a changed word and a lost caption together.',
  ),
  t(
    'captionNotCaptions',
    'actual output is not captions',
    'Broken',
    'KCAL_broken_stream_2012-05-05.ts',
    '--autoprogram --out=srt',
    'The build wrote an error message instead of captions.',
  ),
  t(
    'captionMalformed',
    'malformed block in the actual file',
    'Broken',
    'KCAL_broken_stream_2012-05-05.ts',
    '--out=srt --fixptsjumps',
    'A broken timestamp makes one block unreadable.',
  ),
  t(
    'captionEmptyActual',
    'empty actual file',
    'Broken',
    'KCAL_broken_stream_2012-05-05.ts',
    '--out=srt --latin1',
    'The build wrote an empty file.',
  ),
  t(
    'captionTranscript',
    'transcript text change',
    'XDS',
    'WGBH_news_2016-02-11.ts',
    '--autoprogram --out=ttxt',
    'One word differs in a timed transcript.',
  ),
  t('captionAss', 'ASS shift of 100 ms', 'Options', 'TV5_Monde_2013-09-30.ts', '--out=ssa', 'An SSA/ASS file 100 ms late.'),
];

export function captionFixture(name: string): CaptionFixture {
  const fixture = CAPTION_FIXTURES.find((f) => f.name === name);
  if (!fixture) throw new Error(`no caption fixture ${name}`);
  return fixture;
}

/** `.srt`, `.vtt`, `.txt`, `.ass`: the fixture's own extension. */
export function fixtureExtension(name: string): string {
  const filename = captionFixture(name).filename;
  return filename.slice(filename.lastIndexOf('.'));
}
