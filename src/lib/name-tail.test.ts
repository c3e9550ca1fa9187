import { describe, expect, it } from 'vitest';
import { nameTail } from './name-tail';

const HASH = '4f1a9c0e7d2b3a5968f1e0d4c3b2a19087f6e5d4c3b2a1908f7e6d5c0f5b8d8a';

describe('nameTail', () => {
  it('keeps the suffix of a stored output name and the end of its hash', () => {
    expect(nameTail(`${HASH}.p1.svc01.srt`)).toBe('0f5b8d8a.p1.svc01.srt');
    expect(nameTail(`${HASH}.srt`)).toBe('0f5b8d8a.srt');
  });

  it('keeps the distinguishing end of a long media name, from a separator', () => {
    expect(nameTail('Broadcast_2014-03-01_channel4_news_at_ten_1080i.ts')).toBe('_1080i.ts');
  });

  it('leaves short names alone', () => {
    expect(nameTail('BBC1_HD.ts')).toBe('');
    expect(nameTail('')).toBe('');
  });

  it('never splits a character made of several code points', () => {
    const tail = nameTail(`${'x'.repeat(40)}👩🏽‍🔬abcdefghijk`);
    expect(tail.startsWith('👩🏽‍🔬')).toBe(true);
  });

  it('keeps a combining accent with its letter', () => {
    const tail = nameTail(`${'x'.repeat(40)}e\u0301abcdefghijk`);
    expect(tail).toBe('e\u0301abcdefghijk');
  });

  it('reads only the end of a very long name', () => {
    expect(nameTail(`${'F'.repeat(10_000)}.srt`)).toBe('FFFFFFFF.srt');
  });
});
