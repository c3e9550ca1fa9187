import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AlignedRow } from '../lib/aligned-row';
import { fixtureRows } from '../test-support';
import { CueTable, VIRTUALIZE_CUES_ABOVE } from './cue-table';

describe('CueTable', () => {
  it('is a table with column headers and one row per aligned pair', () => {
    render(<CueTable rows={fixtureRows('extra cue')} targetRow={-1} scrollToTarget onSelectCue={vi.fn()} />);
    const table = screen.getByRole('table', { name: 'Cues, expected and actual' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Cue', 'Expected time', 'Actual time', 'Delta', 'Change', 'Expected text', 'Actual text']);
    expect(within(table).getAllByRole('row')).toHaveLength(14);
    expect(table).toHaveAttribute('aria-rowcount', '14');
  });

  it('renders only the rows near the screen of a long file', () => {
    const one = fixtureRows('identical')[0] as AlignedRow;
    const rows = Array.from({ length: 10_000 }, () => one);
    render(<CueTable rows={rows} targetRow={-1} scrollToTarget onSelectCue={vi.fn()} />);
    const table = screen.getByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', '10001');
    const shown = within(table).getAllByRole('row').length;
    expect(shown).toBeGreaterThan(1);
    expect(shown).toBeLessThan(VIRTUALIZE_CUES_ABOVE);
  });

  it('says when the filter leaves no row', () => {
    render(<CueTable rows={[]} targetRow={-1} scrollToTarget onSelectCue={vi.fn()} />);
    expect(screen.getByText('No cue matches this filter.')).toBeInTheDocument();
  });
});
