import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server, TEST_API_BASE_URL } from '@/testing/mocks/node';
import { scenarios } from '@/testing/mocks/scenarios';
import { DEMO_ADMIN_TOKEN, DEMO_CONTRIBUTOR_TOKEN, DEMO_TOKENS } from '@/testing/mocks/tokens';
import { signInAs } from '@/testing/test-utils';
import { useSession } from '@/lib/session';
import { ApproveBaseline } from './approve-baseline';

const target = scenarios.differs;
const APPROVAL = `${TEST_API_BASE_URL}/runs/${target.runId}/samples/${target.sampleId}/baseline-approval`;

let posts: Array<{ url: string; body: string }> = [];
const onRequest = ({ request }: { request: Request }) => {
  if (request.method === 'POST')
    void request
      .clone()
      .text()
      .then((body) => posts.push({ url: request.url, body }));
};
beforeEach(() => {
  posts = [];
  server.events.on('request:start', onRequest);
});
afterEach(() => server.events.removeAllListeners());

function renderApprove(token: string) {
  signInAs(token);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={queryClient}>
      <ApproveBaseline
        target={target}
        kind="differs"
        filename="BBC1_HD.srt"
        platform="linux"
        sampleName="BBC1_HD.ts"
        summary={{ added: 6, removed: 2, hunks: 1 }}
        resultStatus="fail"
      />
    </QueryClientProvider>,
  );
  return { user, queryClient };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('Approve as expected', () => {
  it('asks first, saying exactly what will happen, then sends one request for one confirmation', async () => {
    const { user } = renderApprove(DEMO_ADMIN_TOKEN);
    await user.click(screen.getByRole('button', { name: 'Approve as expected' }));
    const dialog = await screen.findByRole('dialog', { name: 'Approve as expected?' });
    expect(dialog).toHaveTextContent(
      `The actual file of run ${target.runId} becomes the expected file of regression test ${target.regressionId} for every future run.`,
    );
    expect(dialog).toHaveTextContent('BBC1_HD.srt');
    expect(dialog).toHaveTextContent('linux');
    expect(dialog).toHaveTextContent('6 lines added, 2 lines removed, in 1 changed part');
    expect(within(dialog).getByRole('radio', { name: "Keep other platforms' variants" })).toBeChecked();
    expect(posts).toHaveLength(0);

    await user.dblClick(within(dialog).getByRole('button', { name: 'Approve' }));
    const result = await screen.findByRole('status', { name: 'Review' });
    await waitFor(() => expect(result).toHaveTextContent('Approved as expected by Demo Admin'));
    expect(result).toHaveTextContent('Future runs of regression test 240 compare with this file.');
    expect(result).toHaveTextContent('This run’s result stays as it was recorded (fail)');
    await settle();
    expect(posts).toHaveLength(1);
    expect(JSON.parse(posts[0]?.body ?? '')).toEqual({
      regression_id: target.regressionId,
      output_id: target.outputId,
      remove_variants: false,
    });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('sends remove_variants for "Replace the baseline on every platform", and Enter twice sends once', async () => {
    const { user } = renderApprove(DEMO_ADMIN_TOKEN);
    await user.click(screen.getByRole('button', { name: 'Approve as expected' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: /Replace the baseline on every platform/ }));
    within(dialog).getByRole('button', { name: 'Approve' }).focus();
    await user.keyboard('{Enter}{Enter}');
    await waitFor(() => expect(screen.getByRole('status', { name: 'Review' })).toHaveTextContent('Approved as expected by Demo Admin'));
    await settle();
    expect(posts).toHaveLength(1);
    expect(JSON.parse(posts[0]?.body ?? '').remove_variants).toBe(true);
  });

  it('is disabled, with the reason, for a token that may not approve: nothing is sent', async () => {
    const { user } = renderApprove(DEMO_CONTRIBUTOR_TOKEN);
    const button = screen.getByRole('button', { name: 'Approve as expected' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Needs the baselines:write scope and the admin role');
    await user.click(button);
    expect(screen.queryByRole('dialog')).toBeNull();
    await settle();
    expect(posts).toHaveLength(0);
  });

  it('names only the role an admin-scoped tester lacks', () => {
    const admin = DEMO_TOKENS[DEMO_ADMIN_TOKEN]?.user;
    if (!admin) throw new Error('no admin');
    renderApprove(DEMO_ADMIN_TOKEN);
    useSession.setState({ me: { ...admin, role: 'tester' } });
    return waitFor(() =>
      expect(screen.getByRole('button', { name: 'Approve as expected' })).toHaveAccessibleDescription('Needs the admin role'),
    );
  });

  it('never retries a failed request: it says the outcome is unknown and leaves the decision to the user', async () => {
    server.use(http.post(APPROVAL, () => HttpResponse.error()));
    const { user } = renderApprove(DEMO_ADMIN_TOKEN);
    await user.click(screen.getByRole('button', { name: 'Approve as expected' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The approval may or may not have happened');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('It was not sent again');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(posts).toHaveLength(1);
    // The user decides: Approve is there again.
    expect(within(dialog).getByRole('button', { name: 'Approve' })).toBeEnabled();
  });

  it('offers nothing to approve once this run’s actual file is the baseline already', () => {
    signInAs(DEMO_ADMIN_TOKEN);
    render(
      <QueryClientProvider client={new QueryClient()}>
        <ApproveBaseline target={target} kind="differs" filename="BBC1_HD.srt" alreadyBaseline />
      </QueryClientProvider>,
    );
    expect(screen.queryByRole('button', { name: 'Approve as expected' })).toBeNull();
    expect(screen.getByRole('note')).toHaveTextContent(
      `Approved as expected. The actual file of run ${target.runId} is the expected file of regression test ${target.regressionId} for every future run.`,
    );
  });

  it('reads a 403 clearly, naming the scopes', async () => {
    server.use(
      http.post(APPROVAL, () =>
        HttpResponse.json(
          {
            code: 'forbidden',
            message: 'Token lacks the required scopes for this operation.',
            details: {
              missing_scopes: ['baselines:write'],
              required_scopes: ['baselines:write'],
              token_scopes: ['runs:read', 'results:read'],
            },
          },
          { status: 403, headers: { 'X-RateLimit-Limit': '20' } },
        ),
      ),
    );
    const { user } = renderApprove(DEMO_ADMIN_TOKEN);
    await user.click(screen.getByRole('button', { name: 'Approve as expected' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Permission denied: nothing changed.');
    expect(alert).toHaveTextContent('Needs the baselines:write scope; your token has runs:read, results:read.');
  });
});
