// A 429 on any request the output screen waits for says "Rate limited", whichever answers first (issue 21).
import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, TEST_API_BASE_URL as BASE } from '@/testing/mocks/node';
import { scenarios } from '@/testing/mocks/scenarios';
import { renderApp } from '@/testing/test-utils';
import { recordRequests, SLOW } from './route-test-helpers';

const { differs } = scenarios;
const PAGE = `/runs/${differs.runId}/samples/${differs.sampleId}/regressions/${differs.regressionId}/outputs/${differs.outputId}`;
const fileUrl = (kind: 'actual' | 'diff') => `${BASE}/runs/${differs.runId}/samples/${differs.sampleId}/${kind}`;

type Kind = 'actual' | 'diff';

/** A gate a handler waits at until the test opens it. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

/**
 * The first answer of `limited` is a 429, its retry waits at `retry`; `held` answers only once `held` opens;
 * everything else as usual. Nothing depends on how fast the screen's code loads.
 */
function race(limited: Kind, held: Kind) {
  const gates = { retry: gate(), held: gate() };
  let first = true;
  server.use(
    http.get(fileUrl(limited), async () => {
      if (!first) {
        await gates.retry.opened;
        return undefined;
      }
      first = false;
      return HttpResponse.json(
        { code: 'rate_limited', message: 'Too many requests.', details: { retry_after: 2 } },
        {
          status: 429,
          headers: { 'Retry-After': '2', 'X-RateLimit-Limit': '120', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '1800000000' },
        },
      );
    }),
    http.get(fileUrl(held), async () => {
      await gates.held.opened;
      return undefined;
    }),
  );
  return gates;
}

describe.each([
  ['/actual', 'actual', 'diff'],
  ['/diff', 'diff', 'actual'],
] as const)('the output screen, its %s answered 429 while the other is held back', (_, limited, held) => {
  it('says "Rate limited" with the countdown, then shows the diff after one retry', async () => {
    const requests = recordRequests();
    const gates = race(limited, held);
    renderApp(PAGE, { retries: true });
    expect(await screen.findByRole('heading', { name: 'Rate limited' }, SLOW)).toBeInTheDocument();
    expect(screen.getByText(/Trying again/)).toBeInTheDocument();
    // Whichever answers next, the wait still says why until the retry has answered.
    gates.held.open();
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The panel, or beside a diff already shown, the file's line that waits.
    expect(screen.getAllByText(/Rate limited/).length).toBeGreaterThan(0);
    gates.retry.open();
    expect(await screen.findByRole('heading', { name: 'Differs from expected' }, SLOW)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/Rate limited/)).not.toBeInTheDocument(), SLOW);
    for (const kind of ['actual', 'diff'] as const) {
      expect(
        requests.filter((r) => r.startsWith(`/runs/${differs.runId}/samples/${differs.sampleId}/${kind}?`)).length,
      ).toBeLessThanOrEqual(2);
    }
  });
});
