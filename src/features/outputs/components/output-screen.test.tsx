// The output screen as a maintainer meets it: the whole app at a URL against the demo backend.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/test-utils';
import { scenarios } from '@/testing/mocks/scenarios';
import { DEMO_VIEWER_TOKEN } from '@/testing/mocks/tokens';
import { fetchDiff, outputPath } from '../test-support';

// Role queries are slow on a page of diff rows: headings are found by their text, then checked to be headings.
async function heading(name: string | RegExp) {
  const element = await screen.findByText(name, { selector: 'h2' }, { timeout: 8000 });
  expect(element.tagName).toBe('H2');
  return element;
}

describe('output screen states', () => {
  it('shows a failing output as "Differs from expected" with its hunks', async () => {
    const diff = await fetchDiff(scenarios.differs);
    renderApp(outputPath(scenarios.differs));
    await heading(/Differs from expected/);
    await waitFor(() => expect(document.querySelectorAll('section.hunk')).toHaveLength(diff.hunks.length));
    expect(screen.getByLabelText(`Hunk 1 of ${diff.hunks.length}`)).toBeInTheDocument();
    expect(screen.getByLabelText('Diff summary')).toHaveTextContent(`+${diff.summary.added_lines}`);
    expect(screen.getByLabelText('Diff summary')).toHaveTextContent(`−${diff.summary.removed_lines}`);
  });

  it('says "Matched expected" first and shows the expected file with line numbers', async () => {
    renderApp(outputPath(scenarios.matched));
    await heading(/Matched expected/);
    const file = await screen.findByLabelText(/^Expected file .*\.srt$/, { selector: '[role="table"]' });
    expect(within(file).getByLabelText('Expected line 1')).toHaveAttribute('href', '#L1');
    expect(screen.queryByText(/Differs from expected/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download actual' })).not.toBeInTheDocument();
  });

  it('says "Missing output" with the expected filename, command and exit codes, and opens the expected file in one click', async () => {
    const { user } = renderApp(outputPath(scenarios.missingOutput));
    await heading(/Missing output/);
    const facts = screen.getByRole('heading', { name: /Missing output/ }).closest('section');
    expect(facts).not.toBeNull();
    await waitFor(() => expect(within(facts as HTMLElement).getByText(/\.srt$/)).toBeInTheDocument());
    expect(within(facts as HTMLElement).getByText('Command', { selector: 'dt' }).nextElementSibling).toHaveTextContent(/^ccextractor /);
    expect(within(facts as HTMLElement).getByText('Exit code', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      /^\d+ \(expected \d+\)$/,
    );
    await user.click(screen.getByRole('button', { name: 'Show the expected file' }));
    expect(await screen.findByLabelText(/^Expected file .*\.srt$/, { selector: '[role="table"]' })).toBeInTheDocument();
  });

  it('says "No expected baseline" and shows what the test produced', async () => {
    renderApp(outputPath(scenarios.missingExpected));
    await heading('No expected baseline');
    expect(await screen.findByLabelText(/^Actual file .*\.srt$/, { selector: '[role="table"]' })).toBeInTheDocument();
  });

  it('names what was not found and offers a way back', async () => {
    renderApp(outputPath(scenarios.notFound));
    expect(await screen.findByRole('heading', { name: 'Not found' })).toBeInTheDocument();
    expect(screen.getByText(/Output 99999 does not exist/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the runs list' })).toBeInTheDocument();
    // Once the run's results are in, no place among its failures is offered for an output it does not have.
    await waitFor(() => expect(screen.queryByRole('navigation', { name: 'Failures in this run' })).not.toBeInTheDocument());
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toBeInTheDocument();
  });

  it('shows "Permission denied" with the scope needed for a token without results:read', async () => {
    renderApp(outputPath(scenarios.differs), { token: DEMO_VIEWER_TOKEN });
    expect(await screen.findByRole('heading', { name: 'Permission denied' })).toBeInTheDocument();
    expect(screen.getAllByText('results:read').length).toBeGreaterThan(0);
    expect(screen.getByText('runs:read')).toBeInTheDocument();
  });

  it('says "exit code 10, expected 0" even when the files match', async () => {
    renderApp(outputPath(scenarios.exitCodeMismatch));
    await heading(/Matched expected/);
    expect(await screen.findByText('exit code 10, expected 0')).toBeInTheDocument();
    expect(screen.getByText(/fails on its exit code/)).toBeInTheDocument();
  });

  it('shows a lost actual file as "file missing from storage", never as an empty file or a diff', async () => {
    renderApp(outputPath(scenarios.storageMissing));
    await heading('Actual file missing from storage');
    expect(screen.getByRole('button', { name: 'Actual file: Storage: missing' })).toHaveTextContent('Storage: missing');
    expect(screen.queryByText('Missing output')).not.toBeInTheDocument();
    expect(document.querySelector('section.hunk')).toBeNull();
    expect(screen.getByRole('button', { name: 'Show the expected file' })).toBeInTheDocument();
  });

  it('marks a file kept in one storage backend only as degraded', async () => {
    renderApp(outputPath(scenarios.storageDegraded));
    await heading(/Differs from expected/);
    expect(await screen.findByRole('button', { name: 'Actual file: Storage: degraded' })).toHaveTextContent('Storage: degraded');
    expect(screen.getByRole('button', { name: 'Expected file: Storage: ok' })).toBeInTheDocument();
  });

  it('shows the rate limit with its countdown instead of an error', async () => {
    renderApp(outputPath(scenarios.rateLimited));
    expect(await screen.findByRole('heading', { name: 'Rate limited' })).toBeInTheDocument();
    expect(screen.getByText(/try again in \d+ s/i)).toBeInTheDocument();
  });

  it('names the run, sample and file in the document title', async () => {
    renderApp(outputPath(scenarios.differs));
    await heading(/Differs from expected/);
    await waitFor(() => expect(document.title).toMatch(/^Run 9461 · sample 31 · KTVU_Fox2_2012-11-06.*\.srt — /));
  });
});
