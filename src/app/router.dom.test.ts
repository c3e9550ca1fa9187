import { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { scenarios } from '@/testing/mocks/scenarios';
import { signInAs } from '@/testing/test-utils';
import { createAppRouter } from './router';
import { resetPreloadBudget } from './routes/prefetch';
import { recordRequests, settled } from './routes/route-test-helpers';

afterEach(() => resetPreloadBudget());

const s = scenarios.differs;
const path = `/runs/${s.runId}/samples/${s.sampleId}/regressions/${s.regressionId}/outputs/${s.outputId}`;
const files = (requests: string[]) => requests.filter((r) => /\/(diff|actual|expected)\?/.test(r)).map((r) => r.replace(/\?.*/, ''));

function router() {
  signInAs();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { queryClient, router: createAppRouter(queryClient, createMemoryHistory({ initialEntries: ['/'] })) };
}

describe('the output route loader', () => {
  it('asks for the diff and both files when an output opens, with nothing rendered yet', async () => {
    const { queryClient, router: app } = router();
    const requests = recordRequests();
    await app.navigate({ to: path, search: { context: 10 } });
    await settled(queryClient);
    const base = `/runs/${s.runId}/samples/${s.sampleId}`;
    expect(files(requests).sort()).toEqual([`${base}/actual`, `${base}/diff`, `${base}/expected`]);
    expect(requests.find((r) => r.includes('/diff?'))).toContain('context_lines=10');
  });

  it('asks for no file when a link to it is only hovered', async () => {
    const { queryClient, router: app } = router();
    const requests = recordRequests();
    await app.preloadRoute({ to: path });
    await settled(queryClient);
    expect(requests).toContain(`/runs/${s.runId}`);
    expect(files(requests)).toEqual([]);
  });
});
