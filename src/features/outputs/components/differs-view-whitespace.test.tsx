// "Hide whitespace changes" on the output screen in the test DOM: a CRLF-only failure is named as such, and ?w=1 hides it.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { scenarios } from '@/testing/mocks/scenarios';
import { renderApp } from '@/testing/test-utils';
import { outputPath } from '../test-support';

async function differs(path: string) {
  const rendered = renderApp(path);
  await screen.findByText(/Differs from expected/, { selector: 'h2' }, { timeout: 8000 });
  return rendered;
}

describe('hide whitespace changes', () => {
  it('names a whitespace-only failure at a glance, and hides it with the checkbox, in the URL as w=1', async () => {
    const { router } = await differs(outputPath(scenarios.trailingWhitespace));
    expect(screen.getByText('Whitespace only')).toBeInTheDocument();
    expect(document.getElementById('hunk-1')).not.toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Hide whitespace changes' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ w: 1 }));
    expect(await screen.findByText(/Nothing but whitespace differs/)).toBeInTheDocument();
    expect(document.getElementById('hunk-1')).toBeNull();
    expect(screen.getByLabelText('Diff summary')).toHaveTextContent('+0−00 hunks');
  });

  it('keeps real changes when whitespace is hidden', async () => {
    await differs(`${outputPath(scenarios.differs)}?w=1`);
    expect(screen.getByRole('checkbox', { name: 'Hide whitespace changes' })).toBeChecked();
    expect(screen.queryByText('Whitespace only')).toBeNull();
    await waitFor(() => expect(document.getElementById('hunk-1')).not.toBeNull());
  });
});
