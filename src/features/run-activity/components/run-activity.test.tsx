import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server, TEST_API_BASE_URL } from '@/testing/mocks/node';
import { scenarios } from '@/testing/mocks/scenarios';
import { DEMO_ADMIN_TOKEN, DEMO_CONTRIBUTOR_TOKEN } from '@/testing/mocks/tokens';
import { renderActivity, watchRequests } from '../test-support';
import { RunArtifacts } from './run-artifacts';
import { RunErrors } from './run-errors';
import { RunProgress } from './run-progress';
import { LogLines, SampleLogs } from './sample-logs';

let requests: ReturnType<typeof watchRequests>;
beforeEach(() => {
  requests = watchRequests();
});
afterEach(() => requests.stop());

describe('Progress', () => {
  it('shows a running run’s events, newest last', async () => {
    renderActivity(<RunProgress runId={scenarios.runs.running} live />, DEMO_ADMIN_TOKEN);
    const list = await screen.findByRole('list', { name: /Progress of run 9471, newest last/ });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('queued');
    expect(items.at(-1)).toHaveTextContent(/regression tests done/);
    expect(screen.getByText(/updates while this tab is visible/)).toBeInTheDocument();
  });

  it('keeps a finished run’s progress one click away, read only when opened', async () => {
    const { user } = renderActivity(<RunProgress runId={scenarios.runs.windowsPass} live={false} />, DEMO_ADMIN_TOKEN);
    const summary = await screen.findByText('Progress');
    expect(requests.list.filter((r) => r.includes('/progress'))).toEqual([]);
    await user.click(summary);
    expect(await screen.findByText('Completed: pass')).toBeInTheDocument();
    expect(requests.list.filter((r) => r.includes('/progress'))).toHaveLength(1);
  });
});

describe('Errors', () => {
  it('groups a finished run’s errors by type; a group opens to its errors, linked to their sample or output', async () => {
    const outputIdOf = () => 4242;
    const { user } = renderActivity(<RunErrors runId={scenarios.runs.mainFailing} outputIdOf={outputIdOf} />, DEMO_ADMIN_TOKEN);
    await user.click(await screen.findByText('Errors'));
    const groups = await screen.findByRole('list', { name: 'Errors by type' });
    const differ = within(groups).getByText('Outputs that differ');
    expect(requests.list.some((r) => r.includes('/errors?'))).toBe(false);
    await user.click(differ);
    const link = (await screen.findAllByRole('link', { name: 'Open the output' }))[0];
    expect(link?.getAttribute('href')).toMatch(/^\/runs\/9461\/samples\/\d+\/regressions\/\d+\/outputs\/4242$/);
    expect(requests.list).toContain('GET /runs/9461/errors?type=diff_mismatch&limit=100&offset=0');
    await user.click(within(groups).getByText('Missing outputs'));
    expect((await screen.findAllByRole('link', { name: /^Open (sample|the output)/ })).length).toBeGreaterThan(1);
  });

  it('says when a run has no errors', async () => {
    const runId = scenarios.runs.masterPass.linux;
    server.use(
      http.get(`${TEST_API_BASE_URL}/runs/${runId}/error-summary`, () =>
        HttpResponse.json({ data: [], pagination: { limit: 100, offset: 0, total: 0, next_offset: null } }),
      ),
    );
    const { user } = renderActivity(<RunErrors runId={runId} />, DEMO_ADMIN_TOKEN);
    expect(requests.list).toEqual([]);
    await user.click(await screen.findByText('Errors'));
    expect(await screen.findByText('The platform recorded no errors for this run.')).toBeInTheDocument();
  });
});

describe('Artifacts', () => {
  it('lists the build log, binary and core dump with their storage state, linked only when there is a URL', async () => {
    const { user } = renderActivity(<RunArtifacts runId={scenarios.runs.mainFailing} />, DEMO_ADMIN_TOKEN);
    await user.click(await screen.findByText('Artifacts'));
    const list = await screen.findByRole('list');
    expect(list).toHaveTextContent('Build log');
    expect(list).toHaveTextContent('Storage: stored');
    expect(list).toHaveTextContent('Storage: in one storage only');
    expect(list).toHaveTextContent('No download link: only the platform’s own disk has it');
    expect(
      within(list)
        .getAllByRole('link', { name: /Download/ })[0]
        ?.getAttribute('href'),
    ).toMatch(/\/downloads\/runs\/9461\/build-log$/);
  });

  it('reads the platform’s recorded answer (no URLs, null sizes, output files counted apart)', async () => {
    const recorded = {
      data: [
        {
          artifact_id: 'binary_1',
          content_type: 'application/octet-stream',
          download_url: null,
          filename: 'ccextractor',
          run_id: 1,
          sample_id: null,
          size_bytes: null,
          storage_status: 'missing',
          type: 'binary',
        },
        {
          artifact_id: 'buildlog_1',
          content_type: 'text/plain',
          download_url: null,
          filename: '1.txt',
          run_id: 1,
          sample_id: null,
          size_bytes: 60,
          storage_status: 'ok',
          type: 'build_log',
        },
        {
          artifact_id: 'actual_1_1_1',
          content_type: 'application/octet-stream',
          download_url: null,
          filename: 'a.srt',
          run_id: 1,
          sample_id: 1,
          size_bytes: 235,
          storage_status: 'degraded',
          type: 'actual_output',
        },
      ],
      meta: {},
      pagination: { limit: 50, next_offset: null, offset: 0, total: 3 },
    };
    server.use(http.get(`${TEST_API_BASE_URL}/runs/1/artifacts`, () => HttpResponse.json(recorded)));
    const { user } = renderActivity(<RunArtifacts runId={1} />, DEMO_ADMIN_TOKEN);
    await user.click(await screen.findByText('Artifacts'));
    const list = await screen.findByRole('list');
    expect(list).toHaveTextContent('Not stored: nothing to download');
    expect(list).toHaveTextContent('60 bytes');
    expect(screen.getByText(/And 1 output file \(expected and actual\)/)).toBeInTheDocument();
    expect(within(list).queryByRole('link')).toBeNull();
  });
});

describe('Logs', () => {
  const { runId, sampleId } = scenarios.differs;
  // happy-dom lays nothing out: the log's box gets a height so the virtual list has rows to draw.
  const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  beforeEach(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('log-lines') ? 448 : 0;
      },
    });
  });
  afterEach(() => {
    if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
  });

  it('opens on request, shows the newest lines in a virtual monospace view, and loads older lines', async () => {
    const { user } = renderActivity(<SampleLogs runId={runId} sampleId={sampleId} />, DEMO_ADMIN_TOKEN);
    await user.click(await screen.findByRole('button', { name: 'Logs' }));
    const log = await screen.findByRole('log', { name: `Log of sample ${sampleId} in run ${runId}` });
    expect(screen.getByText(/^100 lines \(older lines not loaded\)$/)).toBeInTheDocument();
    // Only the rows near the view are in the DOM: the newest, where it opens.
    await waitFor(() => expect(log.querySelectorAll('.log-line').length).toBeGreaterThan(10));
    expect(log.querySelectorAll('.log-line').length).toBeLessThan(70);
    await user.click(screen.getByRole('button', { name: 'Load older lines' }));
    await waitFor(() => expect(screen.getByText(/^200 lines/)).toBeInTheDocument());
    const cursors = requests.list.filter((r) => r.includes('/logs'));
    expect(cursors[1]).toMatch(/cursor=\d+/);
  });

  it('keeps thousands of lines fast: only the rows in view are drawn, as plain text', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => ({
      timestamp: '2026-12-03T14:00:00Z',
      level: 'info' as const,
      source: 'worker' as const,
      message: i === 0 ? '<img src=x onerror=alert(1)> first line' : `line ${i}`,
      run_id: 1,
      sample_id: 1,
    }));
    renderActivity(<LogLines lines={lines} label="A long log" />, DEMO_ADMIN_TOKEN);
    const log = await screen.findByRole('log', { name: 'A long log' });
    await waitFor(() => expect(log).toHaveTextContent('<img src=x onerror=alert(1)> first line'));
    expect(log.querySelectorAll('.log-line').length).toBeLessThan(80);
    expect(log.querySelector('img')).toBeNull();
  });

  it('filters by level', async () => {
    const { user } = renderActivity(<SampleLogs runId={runId} sampleId={sampleId} />, DEMO_ADMIN_TOKEN);
    await user.click(await screen.findByRole('button', { name: 'Logs' }));
    await screen.findByRole('log');
    await user.selectOptions(screen.getByLabelText('Level'), 'error');
    await waitFor(() => expect(requests.list.some((r) => r.includes('level=error'))).toBe(true));
    await waitFor(() => expect(screen.getByRole('log').querySelector('.log-line')).toHaveTextContent('ERROR'));
    for (const line of screen.getByRole('log').querySelectorAll('.log-line')) expect(line).toHaveTextContent('ERROR');
  });

  it('reads the platform’s 404 “not yet supported” as such', async () => {
    server.use(
      http.get(`${TEST_API_BASE_URL}/runs/1/samples/1/logs`, () =>
        HttpResponse.json(
          {
            code: 'not_found',
            details: { reason: 'Per-sample log storage is not yet supported by the CI worker.' },
            message: 'Per-sample logs are not available for sample 1 in run 1.',
          },
          { status: 404, headers: { 'X-RateLimit-Limit': '120' } },
        ),
      ),
    );
    const { user } = renderActivity(<SampleLogs runId={1} sampleId={1} />, DEMO_ADMIN_TOKEN);
    await user.click(await screen.findByRole('button', { name: 'Logs' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Logs not available. Per-sample log storage is not yet supported by the CI worker.',
    );
  });

  it('is disabled with the reason for a token without system:read', async () => {
    renderActivity(<SampleLogs runId={runId} sampleId={sampleId} />, DEMO_CONTRIBUTOR_TOKEN);
    const button = await screen.findByRole('button', { name: 'Logs' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Needs the system:read scope');
  });
});
