// How the screens read answers the platform's own server sends, which its OpenAPI file does not describe.
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server, TEST_API_BASE_URL as BASE } from '@/testing/mocks/node';
import { scenarios } from '@/testing/mocks/scenarios';
import { runFixture } from '@/testing/run-fixture';
import { renderApp } from '@/testing/test-utils';
import { recordRequests, SLOW } from './route-test-helpers';

const RATE = { 'X-RateLimit-Limit': '120', 'X-RateLimit-Remaining': '100', 'X-RateLimit-Reset': '1800000000' };

describe('answers of the platform’s own server', () => {
  it('lists a run with status `error` and shows the others beside an item that breaks the contract', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    server.use(
      http.get(`${BASE}/runs`, () =>
        HttpResponse.json(
          {
            data: [
              runFixture({ run_id: 3, status: 'error', test_type: 'pr', pr_number: 42, branch: null }),
              { ...runFixture({ run_id: 4 }), commit_sha: 7 },
              runFixture({ run_id: 2, status: 'paused' }),
            ],
            meta: {},
            pagination: { limit: 50, offset: 0, total: 3, next_offset: null },
          },
          { headers: RATE },
        ),
      ),
    );
    renderApp('/');
    expect(await screen.findByText('error (no results)', { selector: '.badge' }, SLOW)).toBeInTheDocument();
    expect(screen.getByText('paused (unknown status)', { selector: '.badge' })).toBeInTheDocument();
    const malformed = screen.getByRole('list', { name: 'runs the viewer could not read' });
    expect(within(malformed).getByRole('listitem')).toHaveTextContent(
      'Item 2 of the list (run 4) could not be read: the API sent it with /commit_sha must be string.',
    );
    expect(screen.queryByText(/breaks the API contract/)).not.toBeInTheDocument();
  });

  it('names the scopes of a 403 sent as arrays', async () => {
    server.use(
      http.get(`${BASE}/runs`, () =>
        HttpResponse.json(
          {
            code: 'forbidden',
            message: 'Token lacks the required scopes for this operation.',
            details: { missing_scopes: ['runs:read'], required_scopes: ['runs:read'], token_scopes: ['results:read'] },
          },
          { status: 403, headers: RATE },
        ),
      ),
    );
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Permission denied' }, SLOW)).toBeInTheDocument();
    const facts = screen.getByText('Scope required').parentElement as HTMLElement;
    expect(within(facts).getByText('Missing').nextElementSibling).toHaveTextContent('runs:read');
    expect(within(facts).getByText('Your token has').nextElementSibling).toHaveTextContent('results:read');
    expect(screen.getByText(/Ask a sample-platform admin for a token with/)).toHaveTextContent('with runs:read scope, then sign in again');
  });

  it('reads a 400 for an id in the path as a bad link', async () => {
    server.use(
      http.get(`${BASE}/runs/9461`, () =>
        HttpResponse.json(
          {
            code: 'validation_error',
            message: 'run_id must be a positive integer.',
            details: { fields: { run_id: 'Must be a positive integer.' } },
          },
          { status: 400, headers: RATE },
        ),
      ),
    );
    renderApp('/runs/9461');
    expect((await screen.findAllByRole('heading', { name: 'Bad link' }, SLOW)).length).toBeGreaterThan(0);
    expect(screen.getAllByText('run_id must be a positive integer.').length).toBeGreaterThan(0);
  });
});

const url = ({ runId, sampleId, regressionId, outputId }: { runId: number; sampleId: number; regressionId: number; outputId: number }) =>
  `/runs/${runId}/samples/${sampleId}/regressions/${regressionId}/outputs/${outputId}`;

describe('files the platform’s own server says are absent (the demo’s platform-style run)', () => {
  const { missingOutput, expectedLost, variant, matched } = scenarios.platform;

  it('a missing output listed by no file: "Missing output", the expected file named and offered for download', async () => {
    renderApp(url(missingOutput));
    expect(await screen.findByRole('heading', { name: 'Missing output' }, SLOW)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Not found' })).not.toBeInTheDocument();
    const name = screen.getByRole('heading', { level: 1 }).textContent ?? '';
    expect(name).toMatch(/\.txt$/);
    expect(screen.getByText('Expected file', { selector: 'dt' }).nextElementSibling).toHaveTextContent(name);
    expect(await screen.findByRole('link', { name: 'Download the expected file' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^http/) as unknown as string,
    );
  });

  it('the same missing output on the sample screen names the file it should have produced', async () => {
    renderApp(`/runs/${missingOutput.runId}/samples/${missingOutput.sampleId}`);
    expect(await screen.findByText('Missing output: the test ran but produced no output file.', {}, SLOW)).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: `Missing outputs of regression test ${missingOutput.regressionId}` });
    expect(within(list).getByRole('link')).toHaveAttribute('href', url(missingOutput));
  });

  it('an expected file lost from storage: said so, with the actual file shown, never "Not found"', async () => {
    renderApp(url(expectedLost));
    expect(await screen.findByRole('heading', { name: 'Expected file missing from storage' }, SLOW)).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Actual file' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Not found' })).not.toBeInTheDocument();
  });

  it('an accepted variant: a pass, with its differences from the expected file below', async () => {
    renderApp(url(variant));
    expect(await screen.findByRole('heading', { name: 'Matches an accepted variant' }, SLOW)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Differs from expected' })).not.toBeInTheDocument();
    expect(await screen.findByText('matched variant', { selector: '.badge' })).toBeInTheDocument();
  });

  it('a match through a relative 303 in the path style', async () => {
    const requests = recordRequests();
    renderApp(url(matched), { fileRoutes: 'path' });
    expect(await screen.findByRole('heading', { name: 'Matched expected' }, SLOW)).toBeInTheDocument();
    expect(requests).toContain(`${url(matched).replace('/regressions/', '/regression-tests/')}/actual?format=base64`);
  });
});
