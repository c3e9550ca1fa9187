import { describe, expect, it } from 'vitest';
import { pushCue, type Cue } from './cue';
import { textChange } from './text-change';

function cue(text: string, meta?: string): Cue {
  return pushCue([], { start: 0, end: 1000, text, line: 1, meta: meta ?? null });
}

describe('textChange', () => {
  it('is null for the same text and settings', () => {
    expect(textChange(cue('<i>Hi</i>'), cue('<i>Hi</i>'))).toBeNull();
  });

  it('calls trailing spaces and re-wrapped lines whitespace', () => {
    expect(textChange(cue('HELLO  \nWORLD'), cue('HELLO WORLD'))).toBe('whitespace');
  });

  it('calls tags, entities and settings formatting', () => {
    expect(textChange(cue('Hi'), cue('<i>Hi</i>'))).toBe('formatting');
    expect(textChange(cue('Tom & Jerry'), cue('Tom &amp; Jerry'))).toBe('formatting');
    expect(textChange(cue('Hi', 'align:start'), cue('Hi'))).toBe('formatting');
  });

  it('calls mojibake in either direction encoding, even inside tags', () => {
    expect(textChange(cue('<i>Café</i>'), cue('<i>CafÃ©</i>'))).toBe('encoding');
    expect(textChange(cue('CafÃ©'), cue('Café'))).toBe('encoding');
    expect(textChange(cue('Café'), cue('Caf\ufffd'))).toBe('encoding');
  });

  it('calls anything else a word change', () => {
    expect(textChange(cue('Hello world'), cue('Hello word'))).toBe('words');
    expect(textChange(cue('Café'), cue('Cafe'))).toBe('words');
  });
});
