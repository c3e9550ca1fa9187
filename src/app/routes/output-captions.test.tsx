// The caption-aware diff on the output screen, composed by the route: verdict, cue view, filters and #C links.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { captionFixture } from '@/testing/mocks/data/caption-scenarios';
import { scenarios } from '@/testing/mocks/scenarios';
import { renderApp } from '@/testing/test-utils';
// The first request of a test process builds the demo fixtures, and the machine may be busy: wait generously.
const SLOW = { timeout: 20_000 };

const path = (s: { runId: number; sampleId: number; regressionId: number; outputId: number }) =>
  `/runs/${s.runId}/samples/${s.sampleId}/regressions/${s.regressionId}/outputs/${s.outputId}`;

const cueTable = () => screen.findByRole('table', { name: 'Cues, expected and actual' }, SLOW);
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('caption verdict and cue view', { timeout: 45_000 }, () => {
  it('says how the captions differ above the diff, and offers the cue view', async () => {
    const { user, router } = renderApp(path(scenarios.captionShift));
    expect(await screen.findByText('All 12 cues match but are 33 ms late.', {}, SLOW)).toBeInTheDocument();
    const views = screen.getByRole('group', { name: 'View' });
    expect(
      within(views)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Split', 'Unified', 'Cues']);

    await user.click(within(views).getByRole('button', { name: 'Cues' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ view: 'cues' }));
    const table = await cueTable();
    const rows = bodyRows(table);
    expect(rows).toHaveLength(12);
    // A constant shift is one delta per row, not a wall of changed text.
    for (const row of rows) {
      expect(within(row).getAllByRole('cell')[3]).toHaveTextContent('+33 ms');
      expect(within(row).getAllByRole('cell')[4]).toHaveTextContent('timing');
    }
    expect(table.querySelectorAll('ins, del')).toHaveLength(0);
    expect(within(rows[0] as HTMLElement).getAllByRole('cell')[1]).toHaveTextContent('00:00:02.290');
    expect(within(rows[0] as HTMLElement).getAllByRole('cell')[2]).toHaveTextContent('00:00:02.323');
  });

  it('marks changed words, and filters rows by text or timing in the URL', async () => {
    const { user, router } = renderApp(`${path(scenarios.captionMixed)}?view=cues`);
    expect(await screen.findByText(`${captionFixture('mixed (shift, text change, missing cue)').sentence}.`, {}, SLOW)).toBeInTheDocument();
    const table = await cueTable();
    expect(bodyRows(table)).toHaveLength(12);
    expect(within(table).getByText('OWNERS', { selector: 'del *' })).toBeInTheDocument();
    expect(within(table).getByText('OWNER', { selector: 'ins *' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /Text changes only/ }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ view: 'cues', only: 'text' }));
    // The changed word and the lost cue.
    expect(bodyRows(await cueTable()).map((row) => within(row).getAllByRole('cell')[4]?.textContent)).toEqual([
      'timing and text (words)',
      'missing',
    ]);

    await user.click(screen.getByRole('radio', { name: /Timing only/ }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ only: 'timing' }));
    expect(bodyRows(await cueTable())).toHaveLength(11);
  });

  it('highlights the cue of a #C link, and a click on a cue number sets the link', async () => {
    const { user, router } = renderApp(`${path(scenarios.captionTextChanged)}?view=cues#C4`);
    const table = await cueTable();
    const target = within(table).getByRole('link', { name: 'Expected cue 4' }).closest('[role="row"]');
    expect(target).toHaveAttribute('aria-current', 'location');
    await user.click(within(table).getByRole('link', { name: 'Expected cue 7' }));
    await waitFor(() => expect(router.state.location.hash).toBe('C7'));
    expect(within(table).getByRole('link', { name: 'Expected cue 7' }).closest('[role="row"]')).toHaveAttribute('aria-current', 'location');
  });

  it('says when a #C link points past the last cue or is hidden by a filter', async () => {
    const { user } = renderApp(`${path(scenarios.captionTextChanged)}?view=cues&only=text#C2`);
    await cueTable();
    expect(screen.getByText(/Expected cue 2 is hidden by this filter/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all cues' }));
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Expected cue 2' }).closest('[role="row"]')).toHaveAttribute('aria-current', 'location'),
    );
  });

  it('names a filter it does not understand and shows all cues instead', async () => {
    renderApp(`${path(scenarios.captionExtra)}?view=cues&only=words`);
    expect(bodyRows(await cueTable())).toHaveLength(13);
    expect(screen.getByText(/This link has a value this screen does not understand/)).toHaveTextContent(
      'only=words. Showing all cues in its place.',
    );
    expect(screen.getByRole('radio', { name: /All cues/ })).toBeChecked();
  });

  it('falls back to the line diff when the actual output is not captions', async () => {
    renderApp(`${path(scenarios.captionNotCaptions)}?view=cues`);
    expect(await screen.findByText('The actual output is not a caption file: showing the line diff.', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByText('The actual output is not a caption file.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Cues, expected and actual' })).not.toBeInTheDocument();
    await waitFor(() => expect(document.querySelectorAll('section.hunk').length).toBeGreaterThan(0));
  });

  it('reports unreadable blocks in the verdict', async () => {
    renderApp(path(scenarios.captionMalformed));
    expect(await screen.findByText('1 cue missing; 1 block of the actual file could not be parsed.', {}, SLOW)).toBeInTheDocument();
  });

  it('offers no verdict and no cue view for files that are not captions by name', async () => {
    renderApp(`${path(scenarios.noFinalNewline)}?view=cues`);
    const views = await screen.findByRole('group', { name: 'View' }, SLOW);
    expect(
      within(views)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Split', 'Unified']);
    expect(within(views).getByRole('button', { name: 'Split' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByText('Captions')).not.toBeInTheDocument();
  });
});
