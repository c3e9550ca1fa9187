import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { scenarios } from '@/testing/mocks/scenarios';
import { DEMO_MAINTAINER_TOKEN } from '@/testing/mocks/tokens';
import { renderApp } from '@/testing/test-utils';
import { apiJson, fetchDiff, outputPath } from '../test-support';

describe('sharing an output', () => {
  it('copies the current deep link, never the token', async () => {
    const path = `${outputPath(scenarios.differs)}?view=unified&context=10#R3`;
    const { user } = renderApp(path);
    await screen.findByText(/Differs from expected/, { selector: 'h2' }, { timeout: 8000 });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toBe(`http://localhost:3000${path}`);
    expect(copied).not.toContain(DEMO_MAINTAINER_TOKEN);
    expect(await screen.findByText('Link copied to the clipboard')).toBeInTheDocument();
  });

  it('copies a Markdown line for a bug report: what failed, where, and the link', async () => {
    const s = scenarios.differs;
    const run = await apiJson<Schemas['Run']>(`/runs/${s.runId}`);
    const diff = await fetchDiff(s);
    const { user } = renderApp(outputPath(s));
    await screen.findByText(/Differs from expected/, { selector: 'h2' }, { timeout: 8000 });
    // The run's facts arrive with the run query.
    await waitFor(() => expect(screen.getByRole('link', { name: `Run ${s.runId} · ${run.platform}` })).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    const markdown = await navigator.clipboard.readText();
    const where = run.pr_number != null ? `PR #${run.pr_number}` : run.branch;
    expect(markdown).toMatch(
      new RegExp(
        `^\\*\\*Run ${s.runId} · ${run.platform} · ${where}\\*\\* — sample \`[^\`]+\`, regression ${s.regressionId} \\(\`[^\`]+\`\\): output \`[0-9a-f]{64}\\.srt\` differs \\(\\+${diff.summary.added_lines} −${diff.summary.removed_lines}\\)\\n\\nhttp://localhost:3000${outputPath(s)}$`,
      ),
    );
    expect(await screen.findByText('Markdown copied to the clipboard')).toBeInTheDocument();
  });

  it('describes a missing output in the Markdown', async () => {
    const { user } = renderApp(outputPath(scenarios.missingOutput));
    await screen.findByText(/Missing output/, { selector: 'h2' }, { timeout: 8000 });
    await user.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    expect(await navigator.clipboard.readText()).toContain('is missing (the test produced no output file)');
  });
});
