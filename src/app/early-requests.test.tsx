import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetEarly, pendingEarly } from '@/lib/early-fetch';
import { ROUTE_STYLES_KEY } from '@/lib/storage-keys';
import { TEST_API_BASE_URL } from '@/testing/mocks/node';
import { scenarios } from '@/testing/mocks/scenarios';
import { DEMO_MAINTAINER_TOKEN } from '@/testing/mocks/tokens';
import { renderApp } from '@/testing/test-utils';
import { earlyRequestsFor, startEarlyRequests, type EarlySession } from './early-requests';
import { duplicates, recordRequests, settled, SLOW } from './routes/route-test-helpers';

afterEach(() => forgetEarly());

const s = scenarios.differs;
const outputUrl = `/runs/${s.runId}/samples/${s.sampleId}/regressions/${s.regressionId}/outputs/${s.outputId}`;
const session = (fileRoutes: EarlySession['fileRoutes'] = 'query'): EarlySession => ({
  token: DEMO_MAINTAINER_TOKEN,
  apiBaseUrl: TEST_API_BASE_URL,
  fileRoutes,
});

/** Starts a deep link's early requests, then renders the app there, as the entry does. */
async function coldLoad(url: string, fileRoutes: EarlySession['fileRoutes'], ready: () => Promise<unknown>) {
  const requests = recordRequests();
  const early = startEarlyRequests({ appPath: url, session: session(fileRoutes), loadCode: false });
  const { queryClient } = renderApp(url, { fileRoutes });
  await ready();
  await settled(queryClient);
  return { requests, early };
}

describe('a cold deep link', () => {
  it('to an output asks for its run, its result, all results, regression test, diff and files early, and each once', async () => {
    const { requests, early } = await coldLoad(outputUrl, 'query', () =>
      screen.findByRole('heading', { name: 'Differs from expected' }, SLOW),
    );
    expect(early).toEqual([
      `/runs/${s.runId}`,
      `/runs/${s.runId}/samples/${s.regressionId}`,
      `/runs/${s.runId}/samples?limit=100&offset=0`,
      `/regression-tests/${s.regressionId}`,
      `/runs/${s.runId}/samples/${s.sampleId}/diff?regression_id=${s.regressionId}&output_id=${s.outputId}&context_lines=3`,
      `/runs/${s.runId}/samples/${s.sampleId}/actual?regression_id=${s.regressionId}&output_id=${s.outputId}&format=base64`,
      `/runs/${s.runId}/samples/${s.sampleId}/expected?regression_id=${s.regressionId}&output_id=${s.outputId}&format=base64`,
    ]);
    // The screen took every early answer: none was asked for again, none is left over.
    for (const path of early) expect(requests.filter((r) => r === path)).toHaveLength(1);
    expect(duplicates(requests)).toEqual([]);
    expect(pendingEarly()).toEqual([]);
    // The early ones went first.
    expect(requests.slice(0, early.length)).toEqual(early);
  });

  it('to an output on a path-style server asks for the files in that style', async () => {
    const { requests, early } = await coldLoad(outputUrl, 'path', () =>
      screen.findByRole('heading', { name: 'Differs from expected' }, SLOW),
    );
    const files = early.filter((path) => /\/(diff|actual|expected)\?/.test(path));
    expect(files).toHaveLength(3);
    expect(files.every((path) => path.includes(`/regression-tests/${s.regressionId}/outputs/${s.outputId}/`))).toBe(true);
    expect(duplicates(requests)).toEqual([]);
    expect(pendingEarly()).toEqual([]);
  });

  it('to a run asks for the run, its summary and the first page of results early, and each once', async () => {
    const url = `/runs/${scenarios.runs.mainFailing}`;
    const { requests, early } = await coldLoad(url, 'query', () => screen.findByRole('table', { name: 'Samples of this run' }, SLOW));
    expect(early).toHaveLength(3);
    for (const path of early) expect(requests.filter((r) => r === path)).toHaveLength(1);
    expect(duplicates(requests)).toEqual([]);
    expect(pendingEarly()).toEqual([]);
  });

  it('to a sample asks for the run, its results, the sample and its history early, and each once', async () => {
    const url = `/runs/${scenarios.runs.mainFailing}/samples/${s.sampleId}`;
    const { requests, early } = await coldLoad(url, 'query', () => screen.findByRole('table', { name: /Results of this sample/ }, SLOW));
    expect(early).toHaveLength(4);
    for (const path of early) expect(requests.filter((r) => r === path)).toHaveLength(1);
    expect(duplicates(requests)).toEqual([]);
    expect(pendingEarly()).toEqual([]);
  });
});

describe('what is asked for early', () => {
  it('no file while the server’s file-route style is not known yet, the learned one once it is', () => {
    const auto = startEarlyRequests({ appPath: outputUrl, session: session('auto'), loadCode: false });
    expect(auto.some((path) => /\/(diff|actual|expected)\?/.test(path))).toBe(false);
    forgetEarly();
    localStorage.setItem(ROUTE_STYLES_KEY, JSON.stringify({ [TEST_API_BASE_URL]: 'path' }));
    const learned = startEarlyRequests({ appPath: outputUrl, session: session('auto'), loadCode: false });
    expect(learned.filter((path) => path.includes(`/outputs/${s.outputId}/`))).toHaveLength(3);
  });

  it('nothing when signed out, or for a path no loader reads early', () => {
    expect(startEarlyRequests({ appPath: outputUrl, session: null, loadCode: false })).toEqual([]);
    expect(earlyRequestsFor('/runs/abc', 'query').paths).toEqual([]);
    expect(earlyRequestsFor('/signin?next=%2F', 'query').paths).toEqual([]);
    expect(earlyRequestsFor('/?status=fail', 'query').paths).toEqual([]);
    expect(earlyRequestsFor('/', 'query').paths).toEqual(['/runs?limit=50&offset=0']);
  });

  it('the diff only at the default context (another is the screen’s to ask for)', () => {
    expect(earlyRequestsFor(`${outputUrl}?context=10`, 'query').paths.some((path) => path.includes('/diff?'))).toBe(false);
  });
});

describe('the route’s code', () => {
  const LIST = { output: ['assets/output.js', 'assets/output.css'], run: ['assets/run.js'], validators: ['assets/validators.js'] };
  const listBlock = () => {
    const block = document.createElement('script');
    block.type = 'application/json';
    block.id = 'ccx-route-chunks';
    block.textContent = JSON.stringify(LIST);
    return block;
  };
  const preloaded = () =>
    [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"], link[rel="preload"]')].map(
      (link) => `${link.rel}${link.as ? `:${link.as}` : ''} ${new URL(link.href).pathname}`,
    );

  afterEach(() => {
    document.head.querySelectorAll('link, #ccx-route-chunks').forEach((element) => element.remove());
    Reflect.deleteProperty(document, 'readyState');
  });

  it('preloads the deep link’s route chunks, its stylesheets and the response validators, nothing of other routes', () => {
    document.head.append(listBlock());
    startEarlyRequests({ appPath: outputUrl, session: session() });
    expect(preloaded()).toEqual([
      'modulepreload /assets/output.js',
      'preload:style /assets/output.css',
      'modulepreload /assets/validators.js',
    ]);
  });

  it('asks for the code before the API requests (over HTTP/1.1 the first asked get the connections first)', () => {
    document.head.append(listBlock());
    const preloadedAtFirstRequest: string[][] = [];
    const realFetch = globalThis.fetch;
    const spy = vi.spyOn(globalThis, 'fetch').mockImplementation((...args) => {
      if (preloadedAtFirstRequest.length === 0) preloadedAtFirstRequest.push(preloaded());
      return realFetch(...args);
    });
    try {
      startEarlyRequests({ appPath: outputUrl, session: session() });
    } finally {
      spy.mockRestore();
    }
    expect(preloadedAtFirstRequest).toEqual([
      ['modulepreload /assets/output.js', 'preload:style /assets/output.css', 'modulepreload /assets/validators.js'],
    ]);
  });

  it('waits for the document when the entry ran before the parser reached the list (it loads async)', () => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    startEarlyRequests({ appPath: outputUrl, session: session() });
    expect(preloaded()).toEqual([]);
    document.head.append(listBlock());
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(preloaded()).toContain('modulepreload /assets/output.js');
  });
});
