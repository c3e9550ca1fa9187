import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetEarly, pendingEarly, requestKey, startEarly, takeEarly } from './early-fetch';

afterEach(() => forgetEarly());

const URL_A = 'https://api.example/api/v1/runs/1/samples?offset=0&limit=100';

function stubFetch() {
  const fetch = vi.fn(async () => new Response('{}', { status: 200 }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const get = (url: string, token: string, init: RequestInit = {}) =>
  new Request(url, { ...init, headers: { Authorization: `Bearer ${token}` } });

describe('early requests', () => {
  it('are sent once per URL, with the token in the header only, and taken once', async () => {
    const fetch = stubFetch();
    startEarly(URL_A, 'tok');
    startEarly(URL_A.replace('offset=0&limit=100', 'limit=100&offset=0'), 'tok');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith(URL_A, { headers: { Authorization: 'Bearer tok' } });
    const request = get('https://api.example/api/v1/runs/1/samples?limit=100&offset=0', 'tok');
    expect((await takeEarly(request))?.status).toBe(200);
    expect(takeEarly(request)).toBeUndefined();
    expect(pendingEarly()).toEqual([]);
    vi.unstubAllGlobals();
  });

  it('are not handed to a request with another token or method', () => {
    stubFetch();
    startEarly(URL_A, 'tok');
    expect(takeEarly(get(URL_A, 'other'))).toBeUndefined();
    expect(takeEarly(new Request(URL_A, { method: 'POST', headers: { Authorization: 'Bearer tok' } }))).toBeUndefined();
    expect(pendingEarly()).toEqual([requestKey(URL_A)]);
    vi.unstubAllGlobals();
  });

  it('end with the taking request’s signal', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => {})),
    );
    startEarly(URL_A, 'tok');
    const controller = new AbortController();
    const taken = takeEarly(get(URL_A, 'tok', { signal: controller.signal }));
    controller.abort(new Error('timed out'));
    await expect(taken).rejects.toThrow('timed out');
    vi.unstubAllGlobals();
  });
});
