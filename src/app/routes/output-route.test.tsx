import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, TEST_API_BASE_URL as BASE } from '@/testing/mocks/node';
import { scenarios } from '@/testing/mocks/scenarios';
import { renderApp } from '@/testing/test-utils';
import { settled, SLOW } from './route-test-helpers';

const { differs, exitCodeMismatch: other, ignoredOutput } = scenarios;
const RUN = differs.runId;

describe('a line link that names no line', () => {
  it('says so, with the spellings that work', async () => {
    renderApp(`/runs/${RUN}/samples/${differs.sampleId}/regressions/${differs.regressionId}/outputs/${differs.outputId}#L12abc`);
    expect(await screen.findByText(/which names no line: #L12 is line 12 of the expected file/, {}, SLOW)).toHaveTextContent(
      'This link ends in “#L12abc”',
    );
  });

  it('says nothing for a good one', async () => {
    renderApp(`/runs/${RUN}/samples/${differs.sampleId}/regressions/${differs.regressionId}/outputs/${differs.outputId}#L50`);
    await screen.findByRole('heading', { name: 'Differs from expected' }, SLOW);
    expect(screen.queryByText(/which names no line/)).not.toBeInTheDocument();
  });
});

describe('an output its regression test ignores', () => {
  it('says so beside its status and above the diff', async () => {
    renderApp(`/runs/${RUN}/samples/${ignoredOutput.sampleId}/regressions/${ignoredOutput.regressionId}/outputs/${ignoredOutput.outputId}`);
    expect(
      await screen.findByText(
        `Regression test ${ignoredOutput.regressionId} ignores this output: its differences, shown below, do not fail the test.`,
        {},
        SLOW,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('ignored', { selector: '.badge' })).toBeInTheDocument();
  });

  it('says nothing of the kind for an output that counts', async () => {
    const { queryClient } = renderApp(
      `/runs/${RUN}/samples/${differs.sampleId}/regressions/${differs.regressionId}/outputs/${differs.outputId}`,
    );
    await screen.findByRole('heading', { name: 'Differs from expected' }, SLOW);
    await settled(queryClient);
    expect(screen.getByText('differs', { selector: '.badge' })).toBeInTheDocument();
    expect(screen.queryByText(/ignores this output/)).not.toBeInTheDocument();
    expect(screen.queryByText('ignored', { selector: '.badge' })).not.toBeInTheDocument();
  });
});

describe('an output link whose ids exist but do not belong together', () => {
  it('names the sample the regression test really tests, and links to the output there', async () => {
    renderApp(`/runs/${RUN}/samples/${differs.sampleId}/regressions/${other.regressionId}/outputs/${other.outputId}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Bad link' }, SLOW)).toBeInTheDocument();
    expect(
      screen.getByText(
        `Regression test ${other.regressionId} of run ${RUN} tests sample ${other.sampleId}, not sample ${differs.sampleId}.`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Open output ${other.outputId} of regression test ${other.regressionId}` })).toHaveAttribute(
      'href',
      `/runs/${RUN}/samples/${other.sampleId}/regressions/${other.regressionId}/outputs/${other.outputId}`,
    );
    // No verdict of another output above it.
    expect(screen.queryByText(/^(matched|differs)$/)).not.toBeInTheDocument();
    expect(document.title).toBe(`Bad link · run ${RUN} · sample ${differs.sampleId} — CCExtractor results`);
  });

  it('names the regression test an output id belongs to', async () => {
    renderApp(`/runs/${RUN}/samples/${differs.sampleId}/regressions/${differs.regressionId}/outputs/${other.outputId}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Bad link' }, SLOW)).toBeInTheDocument();
    expect(
      screen.getByText(
        `Output ${other.outputId} belongs to regression test ${other.regressionId} of sample ${other.sampleId}, not to regression test ${differs.regressionId}.`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Open output ${other.outputId} of regression test ${other.regressionId}` })).toHaveAttribute(
      'href',
      `/runs/${RUN}/samples/${other.sampleId}/regressions/${other.regressionId}/outputs/${other.outputId}`,
    );
  });
});

/** Holds back the answers of `path` until the returned function is called. */
function holdBack(path: string) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http.get(`${BASE}${path}`, async () => {
      await held;
      return undefined;
    }),
  );
  return release;
}

const differsPath = `/runs/${RUN}/samples/${differs.sampleId}/regressions/${differs.regressionId}/outputs/${differs.outputId}`;

describe('an output whose own result comes late', () => {
  it('shows one wait, then its heading and the diff together, so nothing moves down the page', async () => {
    const release = holdBack('/runs/:run_id/samples/:regression_test_id');
    renderApp(differsPath);
    expect(await screen.findByText('Loading this output…', {}, SLOW)).toBeInTheDocument();
    // The diff has all it needs meanwhile; it waits for the heading above it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByRole('heading', { name: 'Differs from expected' })).toBeNull();
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();

    release();
    expect(await screen.findByRole('heading', { name: 'Differs from expected' }, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: /KTVU_Fox2_2012-11-06/ })).toBeInTheDocument();
    expect(screen.queryByText('Loading this output…')).toBeNull();
  });
});

describe("an output whose run's results come late (pages of them in a large run)", () => {
  it('draws the heading and the diff from its own result, the failure navigator holding its place until they come', async () => {
    const release = holdBack('/runs/:run_id/samples');
    renderApp(differsPath);
    expect(await screen.findByRole('heading', { name: 'Differs from expected' }, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: /KTVU_Fox2_2012-11-06/ })).toBeInTheDocument();
    const navigator = screen.getByRole('navigation', { name: 'Failures in this run' });
    expect(navigator).toHaveTextContent('Finding the failures of this run…');
    expect(within(navigator).queryByRole('link')).toBeNull();

    release();
    await waitFor(() => expect(navigator).toHaveTextContent(/failure \d+ of \d+/));
    expect(within(navigator).getAllByRole('link')).not.toHaveLength(0);
  });
});
