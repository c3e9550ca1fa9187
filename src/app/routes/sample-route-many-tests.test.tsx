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
    if (this.targets.has(target))
      this.callback([{ isIntersecting, target } as IntersectionObserverEntry], this as unknown as IntersectionObserver);
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

describe('a sample with 100 regression tests', () => {
  it('draws the cards near the screen as a feed of 100, and asks for the details of those near the viewport only', async () => {
    renderApp(`/runs/${MAIN}/samples/${SAMPLE}`);
    const first = await screen.findByRole('article', { name: `Regression test ${FIRST_ID}` }, SLOW);
    expect(await within(first).findByText(`What test ${FIRST_ID} checks`, {}, SLOW)).toBeInTheDocument();
    const feed = screen.getByRole('feed', { name: `Regression tests of sample ${SAMPLE} in run ${MAIN}` });
    const cards = within(feed).getAllByRole('article');
    expect(cards.length).toBeGreaterThan(ON_SCREEN);
    expect(cards.length).toBeLessThan(20);
    expect(cards.map((card) => [card.getAttribute('aria-posinset'), card.getAttribute('aria-setsize')])).toEqual(
      cards.map((_, i) => [String(i + 1), String(TESTS)]),
    );

    // A card drawn beyond the viewport shows its result at once, and waits quietly for its description.
    const later = cards.at(-1) as HTMLElement;
    const laterId = FIRST_ID + cards.length - 1;
    expect(within(later).getByRole('link', { name: `many-tests-${cards.length - 1}.srt` })).toBeInTheDocument();
    expect(within(later).queryByText(`What test ${laterId} checks`)).toBeNull();
    // Its input and output types are placeholders holding their place, hidden from assistive technology.
    expect(within(later).getByText('Input').closest('[aria-hidden="true"]')).not.toBeNull();
    expect([...detailRequests].sort()).toEqual(Array.from({ length: ON_SCREEN }, (_, i) => FIRST_ID + i));

    act(() => reveal(later));
    expect(await within(later).findByText(`What test ${laterId} checks`)).toBeInTheDocument();
    expect(within(later).getByText('Input').closest('[aria-hidden="true"]')).toBeNull();
    expect(detailRequests).toHaveLength(ON_SCREEN + 1);
  });
});
