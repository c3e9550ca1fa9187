import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { diffGaps, locateLine, type Gap } from '../lib/diff-blocks';
import { added, context, diffOf, hunk, removed } from '../lib/diff-fixtures';
import { diffModel, type LineTarget } from '../lib/diff-rows';
import { displayLine } from '../lib/display-line';
import { HunkList } from './hunk-list';
import type { Diff } from '@/api/types';

// A 60-line file: changes at expected 10 and 40 (one line inserted in actual before 40).
const expectedLines = Array.from({ length: 60 }, (_, i) => `line ${i + 1}`);
const diff = diffOf([
  hunk([context('line 9', 9, 9), removed('line 10', 10), added('LINE 10', 10), context('line 11', 11, 11)]),
  hunk([context('line 39', 39, 39), added('new', 40), context('line 40', 40, 41)]),
]);
const gaps = diffGaps(diff, { expectedLines: 60, actualLines: 61 }, 60);

/** The list's props as the diff view gives them: the diff's rows, and where the linked line is. */
function listProps(of: Diff, ofGaps: readonly Gap[], target: LineTarget | null = null) {
  const model = diffModel(of);
  return { model, gaps: ofGaps, target, location: target ? locateLine(model, ofGaps, target.side, target.line) : null };
}

const props = {
  ...listProps(diff, gaps),
  expectedLines,
  revealAll: false,
  split: true,
  displayText: (text: string) => displayLine(text, { showCr: false }),
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
    const { rerender } = render(<HunkList {...props} {...listProps(diff, gaps, { side: 'actual', line: 55 })} />);
    await waitFor(() => expect(document.getElementById('R55')).toHaveClass('is-target'));
    expect(document.getElementById('L54')).not.toBeNull();
    rerender(<HunkList {...props} {...listProps(diff, gaps, { side: 'expected', line: 10 })} />);
    await waitFor(() => expect(document.getElementById('L10')).toHaveClass('is-target'));
    expect(document.getElementById('R55')).not.toBeNull();
  });

  it('shows everything for "all"', async () => {
    render(<HunkList {...props} revealAll />);
    expect(screen.queryByRole('button', { name: /hidden line/ })).toBeNull();
    await waitFor(() => expect(screen.getByLabelText('Expected line 60')).toBeInTheDocument());
    expect(screen.getByLabelText('Actual line 61')).toBeInTheDocument();
  });

  it('counts find matches in folded lines, and shows them on request', async () => {
    const user = userEvent.setup();
    render(<HunkList {...props} />);
    await user.click(screen.getByRole('searchbox', { name: 'Find in diff' }));
    await user.paste('line 25');
    expect(await screen.findByText('No matches · 1 more in folded lines')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show the folded lines' }));
    expect(await screen.findByText('1 of 1')).toBeInTheDocument();
    await waitFor(() => expect(document.getElementById('L25')).toHaveClass('is-target'));
    expect(screen.queryByRole('button', { name: /hidden line/ })).toBeNull();
  });

  it('waits for the expected file before it can show hidden lines', () => {
    render(<HunkList {...props} expectedLines={null} />);
    // The buttons keep their place, disabled, so nothing moves when the file comes.
    const buttons = screen.getAllByRole('button', { name: /hidden line.*loading the expected file/ });
    expect(buttons).toHaveLength(3);
    for (const button of buttons) expect(button).toBeDisabled();
  });

  describe('a long diff', () => {
    // One hunk where all 3,000 lines differ: 15 windows of 200 rows.
    const long = diffOf([
      hunk([
        ...Array.from({ length: 3_000 }, (_, i) => removed(`old ${i + 1}`, i + 1)),
        ...Array.from({ length: 3_000 }, (_, i) => added(`new ${i + 1}`, i + 1)),
      ]),
    ]);
    const longGaps = diffGaps(long, { expectedLines: 3_000, actualLines: 3_000 }, 3_000);
    const longProps = { ...props, ...listProps(long, longGaps), expectedLines: null };
    const rows = () => document.querySelectorAll('.hunk-viewer tr').length;

    it('renders only the windows near the viewport, pairing removed and added lines', async () => {
      render(<HunkList {...longProps} />);
      await waitFor(() => expect(screen.getByLabelText('Expected line 1')).toBeInTheDocument());
      expect(screen.getByLabelText('Actual line 1')).toBeInTheDocument();
      expect(screen.getByRole('region', { name: 'Hunk 1 of 1' })).toHaveTextContent('+3000');
      expect(screen.queryByLabelText('Expected line 2999')).toBeNull();
      expect(rows()).toBeGreaterThan(0);
      expect(rows()).toBeLessThan(1_000);
    });

    it('renders the window a link points into, however far away', async () => {
      render(<HunkList {...longProps} {...listProps(long, longGaps, { side: 'actual', line: 2_950 })} />);
      await waitFor(() => expect(document.getElementById('R2950')).toHaveClass('is-target'));
      expect(rows()).toBeLessThan(1_000);
    });

    it('finds text in rows that are not rendered, counts the matches and steps through them', async () => {
      const user = userEvent.setup();
      render(<HunkList {...longProps} />);
      const find = screen.getByRole('searchbox', { name: 'Find in diff' });
      await user.click(find);
      await user.paste('new 2999');
      await waitFor(() => expect(screen.getByText('1 of 1')).toBeInTheDocument());
      await waitFor(() => expect(document.getElementById('R2999')).toHaveClass('is-target'));
      await user.clear(find);
      await user.paste('old 150');
      await waitFor(() => expect(screen.getByText('1 of 11')).toBeInTheDocument());
      await user.click(screen.getByRole('button', { name: 'Next match' }));
      expect(screen.getByText('2 of 11')).toBeInTheDocument();
      await waitFor(() => expect(document.getElementById('L1500')).toHaveClass('is-target'));
      await user.click(screen.getByRole('button', { name: 'Previous match' }));
      await user.click(screen.getByRole('button', { name: 'Previous match' }));
      expect(screen.getByText('11 of 11')).toBeInTheDocument();
    });

    it('says when nothing matches', async () => {
      const user = userEvent.setup();
      render(<HunkList {...longProps} />);
      await user.click(screen.getByRole('searchbox', { name: 'Find in diff' }));
      await user.paste('nowhere');
      expect(await screen.findByText('No matches')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Next match' })).toBeDisabled();
    });
  });
});
