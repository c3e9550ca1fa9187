import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { diffGaps } from '../lib/diff-blocks';
import { added, context, diffOf, hunk, removed } from '../lib/diff-fixtures';
import { displayLine } from '../lib/display-line';
import { HunkList } from './hunk-list';

// A 60-line file: changes at expected 10 and 40 (one line inserted in actual before 40).
const expectedLines = Array.from({ length: 60 }, (_, i) => `line ${i + 1}`);
const diff = diffOf([
  hunk([context('line 9', 9, 9), removed('line 10', 10), added('LINE 10', 10), context('line 11', 11, 11)]),
  hunk([context('line 39', 39, 39), added('new', 40), context('line 40', 40, 41)]),
]);
const gaps = diffGaps(diff, { expectedLines: 60, actualLines: 61 }, 60);
const props = {
  diff,
  gaps,
  expectedLines,
  revealAll: false,
  split: true,
  displayText: (text: string) => displayLine(text, { showCr: false }),
  target: null,
  onSelectLine: vi.fn(),
};

describe('HunkList', () => {
  it('hides the unchanged lines between and around hunks behind "Show N hidden lines"', async () => {
    render(<HunkList {...props} />);
    expect(screen.getByRole('button', { name: 'Show 8 hidden lines' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show 27 hidden lines' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show 20 hidden lines' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Expected line 9')).toBeInTheDocument());
    expect(screen.queryByLabelText('Expected line 20')).toBeNull();
  });

  it('shows hidden lines on request, numbered on both sides', async () => {
    render(<HunkList {...props} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show 27 hidden lines' }));
    await waitFor(() => expect(screen.getByLabelText('Expected line 20')).toBeInTheDocument());
    expect(screen.getByLabelText('Actual line 20')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show 27 hidden lines' })).toBeNull();
  });

  it('reveals the lines around a link into a hidden region, and keeps them when the link moves on', async () => {
    const { rerender } = render(<HunkList {...props} target={{ side: 'actual', line: 55 }} />);
    await waitFor(() => expect(document.getElementById('R55')).toHaveClass('is-target'));
    expect(document.getElementById('L54')).not.toBeNull();
    rerender(<HunkList {...props} target={{ side: 'expected', line: 10 }} />);
    await waitFor(() => expect(document.getElementById('L10')).toHaveClass('is-target'));
    expect(document.getElementById('R55')).not.toBeNull();
  });

  it('shows everything for "all"', async () => {
    render(<HunkList {...props} revealAll />);
    expect(screen.queryByRole('button', { name: /hidden line/ })).toBeNull();
    await waitFor(() => expect(screen.getByLabelText('Expected line 60')).toBeInTheDocument());
    expect(screen.getByLabelText('Actual line 61')).toBeInTheDocument();
  });

  it('waits for the expected file before it can show hidden lines', () => {
    render(<HunkList {...props} expectedLines={null} />);
    expect(screen.queryByRole('button', { name: /hidden line/ })).toBeNull();
    expect(screen.getAllByText(/loading the expected file/)).toHaveLength(3);
  });
});
