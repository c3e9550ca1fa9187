import { describe, expect, it } from 'vitest';
import { isTimingLine, parseTimingLine } from './timing-line';

describe('parseTimingLine', () => {
  it('reads start, end and settings', () => {
    expect(parseTimingLine('00:00:01,000 --> 00:00:02,500')).toEqual({ ok: true, start: 1000, end: 2500, settings: '' });
    expect(parseTimingLine('00:01.000 --> 00:02.000  align:start   line:0')).toEqual({
      ok: true,
      start: 1000,
      end: 2000,
      settings: 'align:start line:0',
    });
  });

  it('accepts an arrow without spaces', () => {
    expect(parseTimingLine('00:00:01,000-->00:00:02,000')).toMatchObject({ ok: true, start: 1000, end: 2000 });
  });

  it('reports unreadable times instead of guessing', () => {
    expect(parseTimingLine('00:00:01,000 --> soon')).toEqual({ ok: false, reason: 'unreadable time in "00:00:01,000 --> soon"' });
    expect(parseTimingLine('-->')).toMatchObject({ ok: false });
  });

  it('recognises timing lines by the arrow', () => {
    expect(isTimingLine('00:00:01,000 --> x')).toBe(true);
    expect(isTimingLine('HELLO - WORLD')).toBe(false);
  });
});
