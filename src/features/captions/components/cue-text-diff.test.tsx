import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CueTextDiff, MAX_WORD_DIFF_CHARS } from './cue-text-diff';

describe('CueTextDiff', () => {
  it('marks the words only the expected side has as removed, and only the actual side has as added', () => {
    const expected = render(<CueTextDiff expected="BUSINESS IS GOOD." actual="BUSINESS IS SLOW." side="expected" spaces={false} />);
    expect(expected.container.querySelector('del')).toHaveTextContent('GOOD');
    expect(expected.container.querySelector('ins')).toBeNull();
    expect(expected.container).toHaveTextContent('BUSINESS IS GOOD.');
    const actual = render(<CueTextDiff expected="BUSINESS IS GOOD." actual="BUSINESS IS SLOW." side="actual" spaces={false} />);
    expect(actual.container.querySelector('ins')).toHaveTextContent('SLOW');
    expect(actual.container.querySelector('del')).toBeNull();
  });

  it('shows added spaces when spaces are the difference, and keeps line breaks as lines', () => {
    const { container } = render(<CueTextDiff expected={'A\nB'} actual={'A\nB  '} side="actual" spaces />);
    expect(container.querySelector('ins')).toHaveTextContent('··');
    expect(container.querySelectorAll('br')).toHaveLength(1);
  });

  it('keeps each side’s own line breaks in the words both sides share', () => {
    const { container } = render(
      <CueTextDiff expected="BUNDLE UP OUT THERE." actual={'BUNDLE UP\nOUT THERE.'} side="expected" spaces={false} />,
    );
    expect(container.querySelectorAll('br')).toHaveLength(0);
    expect(container).toHaveTextContent('BUNDLE UP OUT THERE.');
  });

  it('shows a very long cue whole instead of diffing it word by word', () => {
    const long = 'WORD '.repeat(MAX_WORD_DIFF_CHARS / 4);
    const { container } = render(<CueTextDiff expected={long} actual={`${long}MORE`} side="actual" spaces={false} />);
    expect(container.querySelector('ins')).toBeNull();
    expect(container).toHaveTextContent(/MORE$/);
  });
});
