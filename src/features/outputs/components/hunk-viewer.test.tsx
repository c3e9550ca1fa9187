import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SelectLineContext } from '../hooks/use-select-line';
import { added, context, hunk, removed } from '../lib/diff-fixtures';
import { hunkRows } from '../lib/diff-rows';
import { displayLine } from '../lib/display-line';
import { HunkViewer } from './hunk-viewer';

// Expected lines 120–123 against actual lines 131–134: numbers far from 1 on both sides.
const sample = hunkRows(
  hunk([
    context('42', 120, 131),
    removed('00:01:02,000 --> 00:01:04,000', 121),
    added('00:01:02,033 --> 00:01:04,033', 132),
    context('THE GOVERNOR SIGNED THE BILL', 122, 133),
    added('[ MUSIC ]', 134),
  ]),
);
const display = (text: string) => displayLine(text, { showCr: false });

async function renderViewer(props: Partial<Parameters<typeof HunkViewer>[0]> = {}) {
  const onSelectLine = vi.fn();
  const utils = render(
    <SelectLineContext value={onSelectLine}>
      <HunkViewer rows={sample} split displayText={display} target={null} {...props} />
    </SelectLineContext>,
  );
  await waitFor(() => expect(utils.container.querySelector('th.gutter')).not.toBeNull());
  return { ...utils, onSelectLine };
}

describe('HunkViewer', () => {
  it('shows the real line numbers of both files in split view', async () => {
    await renderViewer();
    expect(screen.getByLabelText('Expected line 120')).toHaveTextContent('120');
    expect(screen.getByLabelText('Expected line 122')).toBeInTheDocument();
    expect(screen.getByLabelText('Actual line 131')).toBeInTheDocument();
    expect(screen.getByLabelText('Actual line 134')).toBeInTheDocument();
    expect(screen.queryByLabelText('Expected line 1')).toBeNull();
    // Ids for #L / #R links sit on the gutter cells.
    expect(document.getElementById('L121')?.tagName).toBe('TH');
    expect(document.getElementById('R132')).not.toBeNull();
  });

  it('pairs a changed line with its replacement and highlights the changed words', async () => {
    const { container } = await renderViewer();
    const row = document.getElementById('L121')?.closest('tr') as HTMLElement;
    expect(within(row).getByLabelText('Actual line 132')).toBeInTheDocument();
    expect(Array.from(row.querySelectorAll('del'), (d) => d.textContent)).toEqual(['000', '000']);
    expect(Array.from(row.querySelectorAll('ins'), (d) => d.textContent)).toEqual(['033', '033']);
    expect(container).toHaveTextContent('[ MUSIC ]');
  });

  it('shows both numbers in one gutter in unified view', async () => {
    await renderViewer({ split: false });
    const contextRow = document.getElementById('L120')?.closest('tr') as HTMLElement;
    expect(within(contextRow).getByLabelText('Actual line 131')).toBeInTheDocument();
    const removedRow = document.getElementById('L121')?.closest('tr') as HTMLElement;
    expect(within(removedRow).queryByLabelText(/Actual line/)).toBeNull();
    const addedRow = document.getElementById('R134')?.closest('tr') as HTMLElement;
    expect(within(addedRow).queryByLabelText(/Expected line/)).toBeNull();
  });

  it('says in words, not only in colour, whether each row was added, removed or unchanged', async () => {
    await renderViewer();
    const gutterText = (id: string) => document.getElementById(id)?.textContent;
    expect(gutterText('L120')).toBe('120, unchanged');
    expect(gutterText('L121')).toBe('121, removed');
    expect(gutterText('R132')).toBe('132, added');
    expect(gutterText('R134')).toBe('134, added');
  });

  it('says the change once per row in unified view, after both line numbers', async () => {
    await renderViewer({ split: false });
    const gutterOf = (id: string) => document.getElementById(id)?.closest('th')?.textContent;
    expect(gutterOf('L120')).toBe('120131, unchanged');
    expect(gutterOf('L121')).toBe('121, removed');
    expect(gutterOf('R134')).toBe('134, added');
  });

  it('heads each row with its line numbers, so a screen reader names the line of every cell', async () => {
    await renderViewer();
    const changedRow = document.getElementById('L121')?.closest('tr') as HTMLElement;
    expect(
      within(changedRow)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['121, removed', '132, added']);
    const addedRow = document.getElementById('R134')?.closest('tr') as HTMLElement;
    expect(
      within(addedRow)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['134, added']);
  });

  it('heads each unified row with both of its numbers', async () => {
    await renderViewer({ split: false });
    const contextRow = document.getElementById('L120')?.closest('tr') as HTMLElement;
    expect(
      within(contextRow)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['120131, unchanged']);
  });

  it('highlights the linked line', async () => {
    await renderViewer({ target: { side: 'actual', line: 133 } });
    expect(document.getElementById('R133')).toHaveClass('is-target');
    expect(document.getElementById('L122')).not.toHaveClass('is-target');
  });

  it('reports a click on a line number', async () => {
    const { onSelectLine } = await renderViewer();
    await userEvent.click(screen.getByLabelText('Actual line 134'));
    expect(onSelectLine).toHaveBeenCalledWith('actual', 134);
  });

  it('makes a trailing-whitespace-only change visible', async () => {
    const spaces = hunkRows(hunk([removed('BILL\r', 4), added('BILL   \t\r', 4)]));
    const { container } = await renderViewer({ rows: spaces });
    expect(container.querySelector('td.right')?.textContent).toBe('BILL···→');
  });
});
