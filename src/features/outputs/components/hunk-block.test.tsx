import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { added, context, hunk, removed } from '../lib/diff-fixtures';
import { displayLine } from '../lib/display-line';
import { HunkBlock } from './hunk-block';

const display = (text: string) => displayLine(text, { showCr: false });
const props = { index: 1, total: 3, split: true, displayText: display, target: null, onSelectLine: vi.fn() };

describe('HunkBlock', () => {
  it('heads the hunk with its place, its line ranges and its counts', async () => {
    const whole = hunk([context('a', 40, 41), removed('b', 41), added('c', 42), added('d', 43)]);
    render(<HunkBlock {...props} hunk={whole} window={whole} first />);
    const section = screen.getByRole('region', { name: 'Hunk 2 of 3' });
    expect(section).toHaveTextContent('expected 40–41 · actual 41–43');
    expect(section).toHaveTextContent('+2');
    expect(section).toHaveTextContent('−1');
    await waitFor(() => expect(screen.getByLabelText('Actual line 43')).toBeInTheDocument());
  });

  it('continues a long hunk without repeating its header', async () => {
    const whole = hunk([removed('a', 1), removed('b', 2), added('c', 1)]);
    render(<HunkBlock {...props} hunk={whole} window={hunk([removed('b', 2)])} first={false} />);
    expect(screen.queryByRole('region')).toBeNull();
    await waitFor(() => expect(screen.getByLabelText('Expected line 2')).toBeInTheDocument());
  });
});
