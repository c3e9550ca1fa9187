import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fixture, REF, renderWithQueries } from '../test-support';
import { CueView, type CueViewProps } from './cue-view';

/** The diff loads its parsers on first use, and the machine may be busy. */
const WAIT = { timeout: 10_000 };

function renderView(name: string, overrides: Partial<CueViewProps> = {}) {
  const f = fixture(name);
  return renderWithQueries(
    <CueView
      outputRef={REF}
      files={{ expected: f.expected, actual: f.actual, truncated: false }}
      filename={f.filename}
      filter={undefined}
      onFilterChange={vi.fn()}
      target={null}
      onSelectCue={vi.fn()}
      lineDiff={<p>the line diff</p>}
      {...overrides}
    />,
  );
}

describe('CueView', () => {
  it('shows the aligned cues with filters', async () => {
    renderView('merged cues');
    expect(await screen.findByRole('table', { name: 'Cues, expected and actual' }, WAIT)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'All cues (11)' })).toBeChecked();
    expect(screen.getByText('merged')).toBeInTheDocument();
    expect(screen.queryByText('the line diff')).not.toBeInTheDocument();
  });

  it('falls back to the line diff for a file that is not captions', async () => {
    renderView('actual output is not captions');
    expect(await screen.findByText('The actual output is not a caption file: showing the line diff.', {}, WAIT)).toBeInTheDocument();
    expect(screen.getByText('the line diff')).toBeInTheDocument();
  });

  it('falls back to the line diff when a file was cut at 1 MiB', () => {
    const f = fixture('identical');
    renderView('identical', { files: { expected: f.expected, actual: f.actual, truncated: true } });
    expect(screen.getByText(/cut at the API’s 1 MiB limit/)).toBeInTheDocument();
    expect(screen.getByText('the line diff')).toBeInTheDocument();
  });

  it('says when a #C link points past the last cue', async () => {
    renderView('missing cue', { target: 40 });
    expect(await screen.findByText('The expected file has no cue 40 (it has 12).', {}, WAIT)).toBeInTheDocument();
  });
});
