// A sample with 100 regression tests in one run: each card asks for its test's details only near the
// viewport, so opening the screen does not spend 100 of the token's 120 reads a minute at once.
import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { server, TEST_API_BASE_URL } from '@/testing/mocks/node';
import { scenarios } from '@/testing/mocks/scenarios';
import { renderApp } from '@/testing/test-utils';
import { SLOW } from './route-test-helpers';

const MAIN = scenarios.runs.mainFailing;
const SAMPLE = scenarios.exitCodeMismatch.sampleId;
const FIRST_ID = 100_001;
const TESTS = 100;
/** The cards "on screen" at first: the first three, as on a laptop. */
const ON_SCREEN = 3;

const result = (i: number): Schemas['RunSample'] => ({
  regression_test_id: FIRST_ID + i,
  sample_id: SAMPLE,
  sample_name: 'many-tests.ts',
  categories: ['General'],
  command: `-autoprogram -out=srt --test ${i}`,
  status: 'pass',
  runtime_ms: 1_000,
  exit_code: 0,
  expected_rc: 0,
  outputs: [{ output_id: 1_000_001 + i, filename: `many-tests-${i}.srt`, status: 'pass' }],
});

const details = (id: number): Schemas['RegressionTest'] => ({
  regression_test_id: id,
  sample_id: SAMPLE,
  sample_name: 'many-tests.ts',
  command: '-autoprogram -out=srt',
  input_type: 'file',
  output_type: 'file',
  expected_rc: 0,
  active: true,
  categories: ['General'],
  description: `What test ${id} checks`,
  outputs: [],
});

/** IntersectionObserver whose targets are near the viewport when `near` says so; `reveal` scrolls one in. */
const observers = new Set<FakeObserver>();
let near = (element: Element) => [...document.querySelectorAll('article')].indexOf(element as HTMLElement) < ON_SCREEN;
class FakeObserver {
  readonly targets = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    observers.add(this);
  }
  observe(target: Element) {
    this.targets.add(target);
    queueMicrotask(() => this.report(target, near(target)));
  }
  report(target: Element, isIntersecting: boolean) {
    if (this.targets.has(target)) this.callback([{ isIntersecting, target } as IntersectionObserverEntry], this as unknown as IntersectionObserver);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
    observers.delete(this);
  }
  takeRecords() {
    return [];
  }
}
function reveal(target: Element) {
  const previous = near;
  near = (element) => element === target || previous(element);
  for (const observer of [...observers]) observer.report(target, true);
}

let detailRequests: number[] = [];
beforeEach(() => {
  detailRequests = [];
  near = (element) => [...document.querySelectorAll('article')].indexOf(element as HTMLElement) < ON_SCREEN;
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  server.use(
    http.get(`${TEST_API_BASE_URL}/runs/:runId/samples`, () =>
      HttpResponse.json({
        data: Array.from({ length: TESTS }, (_, i) => result(i)),
        pagination: { limit: 100, offset: 0, total: TESTS, next_offset: null },
      }),
    ),
    http.get(`${TEST_API_BASE_URL}/regression-tests/:id`, ({ params }) => {
      const id = Number(params.id);
      detailRequests.push(id);
      return HttpResponse.json(details(id));
    }),
  );
});
afterEach(() => {
  observers.clear();
  vi.unstubAllGlobals();
});

describe('a sample with 100 regression tests', { timeout: 30_000 }, () => {
  it('asks for the details of the tests near the viewport only, and of others as they scroll in', async () => {
    renderApp(`/runs/${MAIN}/samples/${SAMPLE}`);
    const first = await screen.findByRole('article', { name: `Regression test ${FIRST_ID}` }, SLOW);
    expect(await within(first).findByText(`What test ${FIRST_ID} checks`, {}, SLOW)).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(TESTS);

    // Every card shows its result at once; the far ones wait quietly for their description.
    const last = screen.getByRole('article', { name: `Regression test ${FIRST_ID + TESTS - 1}` });
    expect(within(last).getByRole('link', { name: `many-tests-${TESTS - 1}.srt` })).toBeInTheDocument();
    expect(within(last).queryByText(`What test ${FIRST_ID + TESTS - 1} checks`)).toBeNull();
    expect(within(last).queryByText('Input')).toBeNull();
    expect([...detailRequests].sort()).toEqual(Array.from({ length: ON_SCREEN }, (_, i) => FIRST_ID + i));

    act(() => reveal(last));
    expect(await within(last).findByText(`What test ${FIRST_ID + TESTS - 1} checks`)).toBeInTheDocument();
    expect(within(last).getByText('Input')).toBeInTheDocument();
    expect(detailRequests).toHaveLength(ON_SCREEN + 1);
  });
});
