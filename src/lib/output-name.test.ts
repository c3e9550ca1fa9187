import { expect, it } from 'vitest';
import { readableOutputName } from './output-name';

const sha = 'c0ffee'.padEnd(64, '1');

it('puts the sample name in place of the stored hash', () => {
  expect(readableOutputName(`${sha}.srt`, 'BBC1_HD_2013-03-15.ts')).toBe('BBC1_HD_2013-03-15.srt');
  expect(readableOutputName(`${sha}_spa_0x00D3.srt`, 'multi.mkv')).toBe('multi_spa_0x00D3.srt');
  expect(readableOutputName(`${sha}.p1.svc01.srt`, 'cea708.ts')).toBe('cea708.p1.svc01.srt');
});

it('keeps names that are not hashes, or when the sample is unknown', () => {
  expect(readableOutputName('ccx_out.srt', 'BBC1.ts')).toBe('ccx_out.srt');
  expect(readableOutputName(`${sha}.srt`, null)).toBe(`${sha}.srt`);
});
