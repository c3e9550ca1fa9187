import { describe, expect, it } from 'vitest';
import { pushCue, type Cue } from './cue';

describe('pushCue', () => {
  it('numbers cues by position and derives the plain text', () => {
    const cues: Cue[] = [];
    pushCue(cues, { start: 0, end: 1000, text: '<i>Caf&eacute;</i>\n  au lait ', line: 1, id: '7' });
    const second = pushCue(cues, { start: 1000, end: 2000, text: 'x', line: 5, id: null, meta: 'align:start' });
    expect(cues[0]).toEqual({
      index: 1,
      start: 0,
      end: 1000,
      text: '<i>Caf&eacute;</i>\n  au lait ',
      plain: 'Café au lait',
      line: 1,
      id: '7',
    });
    expect(second.index).toBe(2);
    expect(second.meta).toBe('align:start');
    expect('id' in second).toBe(false);
  });

  it('keeps a plain text given by the parser', () => {
    const cues: Cue[] = [];
    expect(pushCue(cues, { start: 0, end: 1, text: 'a\\Nb', plain: 'a b', line: 3 }).plain).toBe('a b');
  });
});
