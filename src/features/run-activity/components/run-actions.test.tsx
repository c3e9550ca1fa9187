import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server, TEST_API_BASE_URL } from '@/testing/mocks/node';
import { scenarios } from '@/testing/mocks/scenarios';
import { DEMO_ADMIN_TOKEN, DEMO_CONTRIBUTOR_TOKEN, DEMO_MAINTAINER_TOKEN } from '@/testing/mocks/tokens';
import { renderActivity, watchRequests } from '../test-support';
import { RunActions } from './run-actions';

let requests: ReturnType<typeof watchRequests>;
beforeEach(() => {
  requests = watchRequests();
});
afterEach(() => requests.stop());
const posts = () => requests.list.filter((r) => r.startsWith('POST'));

describe('Run again and Cancel run', () => {
  it('asks first, says the results are cleared, sends one POST and reads the answer', async () => {
    const runId = scenarios.runs.windowsPass;
    const { user } = renderActivity(<RunActions runId={runId} status="pass" platform="windows" />, DEMO_CONTRIBUTOR_TOKEN);
    await user.click(await screen.findByRole('button', { name: 'Run again' }));
    const dialog = await screen.findByRole('dialog', { name: `Queue run ${runId} again?` });
    expect(dialog).toHaveTextContent('Its results and progress are cleared');
    expect(posts()).toEqual([]);
    await user.dblClick(within(dialog).getByRole('button', { name: 'Run again' }));
    expect(await screen.findByText(`Run ${runId} is queued to run again.`)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('The platform says: “Run has been queued to run again.”');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(posts()).toEqual([`POST /runs/${runId}/restart`]);
  });

  it('offers Cancel run for a running run, and says so when the platform had nothing to do', async () => {
    const runId = scenarios.runs.running;
    server.use(
      http.post(`${TEST_API_BASE_URL}/runs/${runId}/cancel`, () =>
        HttpResponse.json(
          { action: 'cancel', message: 'Run is already in terminal state: fail', run_id: runId, status: 'no_op' },
          { status: 202 },
        ),
      ),
    );
    const { user } = renderActivity(<RunActions runId={runId} status="running" />, DEMO_ADMIN_TOKEN);
    await user.click(await screen.findByRole('button', { name: 'Cancel run' }));
    expect(screen.queryByRole('button', { name: 'Run again' })).toBeNull();
    const dialog = await screen.findByRole('dialog', { name: `Cancel run ${runId}?` });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel run' }));
    const answer = await screen.findByRole('status');
    expect(answer).toHaveTextContent('Cancel: nothing to do — nothing changed.');
    expect(answer).toHaveTextContent('Run is already in terminal state: fail');
    expect(posts()).toHaveLength(1);
  });

  it('shows the action disabled with the reason to a token without runs:write: nothing is sent', async () => {
    const { user } = renderActivity(<RunActions runId={scenarios.runs.windowsPass} status="pass" />, DEMO_MAINTAINER_TOKEN);
    const button = await screen.findByRole('button', { name: 'Run again' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Needs the runs:write scope');
    await user.click(button);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(posts()).toEqual([]);
  });

  it('says why a refused write failed, changes nothing, and never sends it again', async () => {
    const runId = scenarios.runs.windowsPass;
    server.use(http.post(`${TEST_API_BASE_URL}/runs/${runId}/restart`, () => new HttpResponse('<html>502</html>', { status: 502 })));
    const { user } = renderActivity(<RunActions runId={runId} status="pass" />, DEMO_ADMIN_TOKEN);
    await user.click(await screen.findByRole('button', { name: 'Run again' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Run again' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Running again may or may not have happened');
    expect(alert).toHaveTextContent('It was not sent again. Before you try again, reload this page and look at the run’s status.');
    await new Promise((resolve) => setTimeout(resolve, 1200));
    await waitFor(() => expect(posts()).toHaveLength(1));
  });

  it('holds the place of its button while the run loads, offering nothing', async () => {
    renderActivity(<RunActions runId={9461} status={undefined} />, DEMO_ADMIN_TOKEN);
    await waitFor(() => expect(document.querySelector('.run-actions')).toHaveAttribute('aria-hidden', 'true'));
    expect(screen.queryByRole('button')).toBeNull();
  });
});
