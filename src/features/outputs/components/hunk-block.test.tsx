import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { added, context, hunk, removed } from '../lib/diff-fixtures';
import { displayLine } from '../lib/display-line';
import { stubFarAwayViewport } from '../test-support';
import { HunkBlock } from './hunk-block';

const display = (text: string) => displayLine(text, { showCr: false });
const props = { index: 1, total: 3, split: true, displayText: display, target: null, onSelectLine: vi.fn() };

describe('HunkBlock', () => {
  let restore = () => {};
  afterEach(() => restore());

  it('heads the hunk with its place, its line ranges and its counts', async () => {
    render(<HunkBlock {...props} hunk={hunk([context('a', 40, 41), removed('b', 41), added('c', 42), added('d', 43)])} />);
    const section = screen.getByRole('region', { name: 'Hunk 2 of 3' });
    expect(section).toHaveTextContent('expected 40–41 · actual 41–43');
    expect(section).toHaveTextContent('+2');
    expect(section).toHaveTextContent('−1');
    await waitFor(() => expect(screen.getByLabelText('Actual line 43')).toBeInTheDocument());
  });

  it('hands a very long hunk to the viewer in windows, and mounts the one a link points into', async () => {
    restore = stubFarAwayViewport();
    const lines = Array.from({ length: 1200 }, (_, i) => removed(`line ${i}`, i + 1));
    render(<HunkBlock {...props} hunk={hunk(lines)} target={{ side: 'expected', line: 1100 }} />);
    expect(document.querySelectorAll('.lazy-placeholder')).toHaveLength(2);
    await waitFor(() => expect(document.getElementById('L1100')).toHaveClass('is-target'));
    expect(document.getElementById('L1')).toBeNull();
  });
});
