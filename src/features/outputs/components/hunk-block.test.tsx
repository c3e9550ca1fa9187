import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { added, context, diffOf, hunk, removed } from '../lib/diff-fixtures';
import { diffModel, hunkRows, type HunkRows } from '../lib/diff-rows';
import { displayLine } from '../lib/display-line';
import { HunkBlock } from './hunk-block';

const display = (text: string) => displayLine(text, { showCr: false });
const props = { total: 3, split: true, displayText: display, target: null };
/** The second hunk of a diff: its rows, spans and counts as the diff view has them. */
const second = (whole: ReturnType<typeof hunk>): HunkRows => diffModel(diffOf([hunk([context('z', 1, 1)]), whole])).hunks[1] as HunkRows;

describe('HunkBlock', () => {
  it('heads the hunk with its place, its line ranges and its counts', async () => {
    const whole = hunk([context('a', 40, 41), removed('b', 41), added('c', 42), added('d', 43)]);
    const model = second(whole);
    render(<HunkBlock {...props} hunk={model} rows={model.rows} first />);
    const section = screen.getByRole('region', { name: 'Hunk 2 of 3' });
    expect(section).toHaveTextContent('expected 40–41 · actual 41–43');
    expect(section).toHaveTextContent('+2');
    expect(section).toHaveTextContent('−1');
    await waitFor(() => expect(screen.getByLabelText('Actual line 43')).toBeInTheDocument());
  });

  it('continues a long hunk without repeating its header', async () => {
    const whole = hunk([removed('a', 1), removed('b', 2), added('c', 1)]);
    render(<HunkBlock {...props} hunk={second(whole)} rows={hunkRows(hunk([removed('b', 2)]))} first={false} />);
    expect(screen.queryByRole('region')).toBeNull();
    await waitFor(() => expect(screen.getByLabelText('Expected line 2')).toBeInTheDocument());
  });
});
