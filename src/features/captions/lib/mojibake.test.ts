import { describe, expect, it } from 'vitest';
import { encodeWindows1252, garble } from '@/lib/windows-1252';
import { isMojibakeOf, mojibakeExample, undoMojibake } from './mojibake';

describe('garble', () => {
  it('shows UTF-8 bytes as a Windows-1252 reader would', () => {
    expect(garble('é')).toBe('Ã©');
    expect(garble('€')).toBe('â‚¬');
    expect(garble('plain')).toBe('plain');
  });
});

describe('encodeWindows1252', () => {
  it('maps the 0x80–0x9F glyphs and Latin-1 to single bytes', () => {
    expect(Array.from(encodeWindows1252('A€é') ?? [])).toEqual([0x41, 0x80, 0xe9]);
    expect(encodeWindows1252('日本')).toBeNull();
  });
});

describe('undoMojibake', () => {
  it('turns UTF-8-read-as-Windows-1252 back into the original', () => {
    expect(garble('Café – “ok”')).toBe('CafÃ© â€“ â€œokâ€\u009d');
    expect(undoMojibake('CafÃ© â€“ â€œokâ€\u009d')).toBe('Café – “ok”');
  });

  it('returns null for ASCII and for text that was not mojibake', () => {
    expect(undoMojibake('plain')).toBeNull();
    expect(undoMojibake('Café')).toBeNull();
  });
});

describe('isMojibakeOf', () => {
  it('recognises single and double Windows-1252 mojibake', () => {
    expect(isMojibakeOf('Señor Müller', 'SeÃ±or MÃ¼ller')).toBe(true);
    expect(isMojibakeOf('é', garble(garble('é')))).toBe(true);
  });

  it('recognises Latin-1 bytes read as UTF-8 (replacement characters)', () => {
    expect(isMojibakeOf('Señor', 'Se\ufffdor')).toBe(true);
    expect(isMojibakeOf('Senor', 'Se\ufffdor')).toBe(false);
  });

  it('rejects real text changes and identical text', () => {
    expect(isMojibakeOf('Café', 'Cafe')).toBe(false);
    expect(isMojibakeOf('Café', 'CafÃ© au lait')).toBe(false);
    expect(isMojibakeOf('Café', 'Café')).toBe(false);
  });

  it('uses the given comparison', () => {
    expect(isMojibakeOf('<i>Café</i>', 'CafÃ©', (a, b) => a.replace(/<[^>]+>/g, '') === b)).toBe(true);
  });
});

describe('mojibakeExample', () => {
  it('names the first mangled character, whichever side is garbled', () => {
    expect(mojibakeExample('Señor Müller', 'SeÃ±or MÃ¼ller')).toEqual({ expected: 'ñ', actual: 'Ã±' });
    expect(mojibakeExample('CafÃ©', 'Café')).toEqual({ expected: 'Ã©', actual: 'é' });
    expect(mojibakeExample('Señor', 'Se\ufffdor')).toEqual({ expected: 'ñ', actual: '\ufffd' });
  });

  it('is null when one text is a prefix of the other', () => {
    expect(mojibakeExample('abc', 'ab')).toBeNull();
  });
});
