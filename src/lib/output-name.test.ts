import { expect, it } from 'vitest';
import { readableOutputName, splitOutputName } from './output-name';

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

it('splits a stored output name into the sample hash and the readable suffix', () => {
  const stored = '246c07868bedd6c9a7a7bf837e06383502903efb01568ca53e59281c3e45b8d8';
  expect(splitOutputName(`${stored}.p1.svc01.srt`)).toEqual({ hash: stored, rest: '.p1.svc01.srt' });
  expect(splitOutputName(`${stored.toUpperCase()}_1.txt`)).toEqual({ hash: stored, rest: '_1.txt' });
  expect(splitOutputName('ccx_out.srt')).toEqual({ hash: null, rest: 'ccx_out.srt' });
});
