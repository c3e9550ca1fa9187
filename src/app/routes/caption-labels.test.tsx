// Caption verdict labels on the run and sample screens: lazy (on screen only), a few at a time, tallied.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '@/testing/mocks/node';
import { scenarios } from '@/testing/mocks/scenarios';
import { DEMO_VIEWER_TOKEN } from '@/testing/mocks/tokens';
import { renderApp } from '@/testing/test-utils';
import { recordRequests, SLOW } from './route-test-helpers';

const MAIN = scenarios.runs.mainFailing;

/** An IntersectionObserver whose elements are on screen when `onScreen` says so. */
let onScreen = true;
class FakeObserver {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(element: Element) {
    queueMicrotask(() =>
      this.callback([{ isIntersecting: onScreen, target: element } as IntersectionObserverEntry], this as unknown as IntersectionObserver),
    );
  }
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}

beforeEach(() => {
  onScreen = true;
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => vi.unstubAllGlobals());

/** The most file requests (/expected, /actual) in flight at once, from now on. */
function peakFileRequests(): () => number {
  let inFlight = 0;
  let peak = 0;
  const isFile = (request: Request) => /\/(expected|actual)\?/.test(request.url);
  const start = ({ request }: { request: Request }) => {
    if (!isFile(request)) return;
    inFlight += 1;
    peak = Math.max(peak, inFlight);
  };
  const end = ({ request }: { request: Request }) => {
    if (isFile(request)) inFlight -= 1;
  };
  server.events.on('request:start', start);
  server.events.on('response:mocked', end);
  return () => {
    server.events.removeListener('request:start', start);
    server.events.removeListener('response:mocked', end);
    return peak;
  };
}

describe('caption verdict labels', () => {
  it('labels the failing caption outputs of the rows on screen, two at a time, and tallies them', async () => {
    const requests = recordRequests();
    const peak = peakFileRequests();
    renderApp(`/runs/${MAIN}?q=WFLD_Fox32_2013-01-15`);
    const link = await screen.findByRole('link', { name: 'WFLD_Fox32_2013-01-15.ts' }, SLOW);
    const row = link.closest('[role="row"]') as HTMLElement;
    await waitFor(() => expect(within(row).getAllByText(/^Captions:/)).toHaveLength(3), SLOW);
    expect(within(row).getByText('cues missing')).toHaveAttribute('title', '1 cue missing');
    expect(within(row).getByText('extra cues')).toBeInTheDocument();
    expect(within(row).getByText('mixed')).toBeInTheDocument();
    // Two verdicts at a time, each downloading its two files.
    expect(peak()).toBeLessThanOrEqual(4);
    // Only the outputs on screen were downloaded.
    const actualIds = requests.filter((r) => r.includes('/actual?')).map((r) => Number(/output_id=(\d+)/.exec(r)?.[1]));
    expect(new Set(actualIds)).toEqual(
      new Set([scenarios.captionMissing.outputId, scenarios.captionExtra.outputId, scenarios.captionMixed.outputId]),
    );
    const tally = screen.getByText(/failing caption outputs: .*1 cues missing.*\(\d+ not looked at yet\)/);
    // Under the rows it tallies, so that its growing sentence pushes none of them down.
    const table = screen.getByRole('table', { name: 'Samples of this run' });
    expect(table.compareDocumentPosition(tally) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('downloads nothing for rows that are not on screen', async () => {
    onScreen = false;
    const requests = recordRequests();
    renderApp(`/runs/${MAIN}?q=WFLD_Fox32_2013-01-15`);
    await screen.findByRole('link', { name: 'WFLD_Fox32_2013-01-15.ts' }, SLOW);
    expect(await screen.findByText(/failing caption outputs: their kinds show as you scroll to them/)).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests.filter((r) => /\/(actual|expected)\?/.test(r))).toEqual([]);
    expect(screen.queryByText(/^Captions:/)).not.toBeInTheDocument();
  });

  it('labels a failing caption output on the sample screen', async () => {
    const s = scenarios.captionDrift;
    renderApp(`/runs/${MAIN}/samples/${s.sampleId}`);
    const list = await screen.findByRole('list', { name: `Output files of regression test ${s.regressionId}` }, SLOW);
    expect(await within(list).findByText('timing drift 0 ms → +1,213 ms', {}, SLOW)).toHaveAttribute(
      'title',
      'Timing drifts from 0 ms to +1,213 ms late across 380 cues',
    );
  });

  it('asks for no file when the token may not read files, and promises no labels', async () => {
    const requests = recordRequests();
    const run = renderApp(`/runs/${MAIN}?q=WFLD_Fox32_2013-01-15`, { token: DEMO_VIEWER_TOKEN });
    await screen.findByRole('link', { name: 'WFLD_Fox32_2013-01-15.ts' }, SLOW);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(screen.queryByText(/failing caption outputs/)).not.toBeInTheDocument();
    run.unmount();
    const s = scenarios.captionDrift;
    renderApp(`/runs/${MAIN}/samples/${s.sampleId}`, { token: DEMO_VIEWER_TOKEN });
    await screen.findByRole('list', { name: `Output files of regression test ${s.regressionId}` }, SLOW);
    // Labels wait 200 ms on screen before they download: give them longer.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(requests.filter((r) => /\/(actual|expected)\?/.test(r))).toEqual([]);
  });
});
