import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { scenarios } from '@/testing/mocks/scenarios';
import { renderApp } from '@/testing/test-utils';
import { SLOW } from './route-test-helpers';

const MAIN = scenarios.runs.mainFailing;
const FLAKY = scenarios.runs.flakyRegression;
// Regression test 251 tests sample 40 (one output, 1058).
const SAMPLE = 40;

describe('a regression test’s recent history on the sample screen', () => {
  it('shows its last results on this platform as a strip, newest last, each a link to that run’s output', async () => {
    renderApp(`/runs/${MAIN}/samples/${SAMPLE}`);
    const card = await screen.findByRole('article', { name: `Regression test ${FLAKY}` }, SLOW);
    const strip = await within(card).findByRole('list', { name: /^Last 20 results on linux, newest last$/ }, SLOW);
    const marks = within(strip).getAllByRole('link');
    expect(marks).toHaveLength(20);
    // Newest last: this run's mark is the last but the runs after it (9463 …), and it is marked as the current one.
    const current = within(strip).getByRole('link', { current: 'page' });
    expect(current).toHaveAccessibleName(new RegExp(`^Run ${MAIN}, linux, commit [0-9a-f]{7}, .+ UTC: fail$`));
    const ids = marks.map((mark) => Number(/^Run (\d+)/.exec(mark.getAttribute('aria-label') ?? '')?.[1]));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(current).toHaveAttribute('href', `/runs/${MAIN}/samples/${SAMPLE}/regressions/${FLAKY}/outputs/1058`);
    const base = within(strip).getByRole('link', { name: /^Run 9459, linux/ });
    expect(base).toHaveAttribute('href', `/runs/9459/samples/${SAMPLE}/regressions/${FLAKY}/outputs/1058`);
    expect(base).toHaveAccessibleName(/: fail$/);
  });

  it('marks a flaky regression test with what shows it', async () => {
    renderApp(`/runs/${MAIN}/samples/${SAMPLE}`);
    const card = await screen.findByRole('article', { name: `Regression test ${FLAKY}` }, SLOW);
    expect(
      await within(card).findByText(
        /^Flaky: flipped between pass and fail \d+ times in the last \d+ master runs \(failed in runs 9445, 9459\)\.$/,
        {},
        SLOW,
      ),
    ).toBeInTheDocument();
    expect(within(card).getByText('flaky', { selector: '.badge' })).toBeInTheDocument();
    // The sample's other regression test is not flaky.
    const other = screen.getByRole('article', { name: 'Regression test 266' });
    expect(within(other).queryByText('flaky', { selector: '.badge' })).toBeNull();
  });
});
