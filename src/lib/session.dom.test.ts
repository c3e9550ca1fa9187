import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Me } from './session';

// The store reads storage once, when its module loads: each test loads a fresh copy.
async function loadSession() {
  vi.resetModules();
  return import('./session');
}

const me: Me = { user_id: 7, name: 'Ada', email: 'ada@example.org', role: 'contributor', scopes: ['runs:read', 'results:read'] };
const TOKEN = 'tok-3f9a';
const BASE = 'https://api.example/api/v1';
const storedIn = (storage: Storage) => storage.getItem('ccx-viewer.session');

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(() => vi.resetModules());

describe('session store', () => {
  it('keeps the token in sessionStorage only, by default', async () => {
    const { useSession } = await loadSession();
    useSession.getState().signIn({ token: TOKEN, apiBaseUrl: BASE, fileRoutes: 'path', remember: false, me });
    expect(useSession.getState()).toMatchObject({ token: TOKEN, apiBaseUrl: BASE, fileRoutes: 'path', remember: false, me });
    expect(storedIn(sessionStorage)).toContain(TOKEN);
    expect(storedIn(localStorage)).toBeNull();
    expect(JSON.stringify({ ...localStorage })).not.toContain(TOKEN);
  });

  it('puts the token in localStorage only with "Remember me on this device"', async () => {
    const { useSession } = await loadSession();
    useSession.getState().signIn({ token: TOKEN, apiBaseUrl: BASE, fileRoutes: 'query', remember: true, me });
    expect(storedIn(localStorage)).toContain(TOKEN);
    expect(storedIn(sessionStorage)).toBeNull();
  });

  it('moves the token out of localStorage when the next sign-in does not remember', async () => {
    const { useSession } = await loadSession();
    useSession.getState().signIn({ token: 'old-token', apiBaseUrl: BASE, fileRoutes: 'query', remember: true, me });
    useSession.getState().signIn({ token: TOKEN, apiBaseUrl: BASE, fileRoutes: 'query', remember: false, me });
    expect(storedIn(localStorage)).toBeNull();
    expect(storedIn(sessionStorage)).toContain(TOKEN);
    expect(storedIn(sessionStorage)).not.toContain('old-token');
  });

  it('survives a reload from sessionStorage (not remembered) and from localStorage (remembered)', async () => {
    let { useSession } = await loadSession();
    useSession.getState().signIn({ token: TOKEN, apiBaseUrl: BASE, fileRoutes: 'path', remember: false, me });
    ({ useSession } = await loadSession());
    expect(useSession.getState()).toMatchObject({
      token: TOKEN,
      apiBaseUrl: BASE,
      fileRoutes: 'path',
      remember: false,
      me,
      restored: true,
    });

    useSession.getState().signIn({ token: TOKEN, apiBaseUrl: BASE, fileRoutes: 'query', remember: true, me });
    sessionStorage.clear(); // a new tab: sessionStorage starts empty
    ({ useSession } = await loadSession());
    expect(useSession.getState()).toMatchObject({ token: TOKEN, remember: true, restored: true });
  });

  it('ignores a stored session it cannot trust', async () => {
    sessionStorage.setItem('ccx-viewer.session', '{not json');
    localStorage.setItem('ccx-viewer.session', JSON.stringify({ token: '', apiBaseUrl: BASE }));
    const { useSession } = await loadSession();
    expect(useSession.getState().token).toBeNull();

    sessionStorage.setItem('ccx-viewer.session', JSON.stringify({ token: TOKEN, apiBaseUrl: BASE, me: { scopes: 'all' } }));
    const reloaded = (await loadSession()).useSession.getState();
    expect(reloaded.token).toBe(TOKEN);
    expect(reloaded.me).toBeNull();
  });

  it('sign-out clears both storages, keeps the API server, and tells the other tabs', async () => {
    const { useSession, SIGN_OUT_KEY } = await loadSession();
    useSession.getState().signIn({ token: TOKEN, apiBaseUrl: BASE, fileRoutes: 'path', remember: true, me });
    sessionStorage.setItem('ccx-viewer.session', JSON.stringify({ token: 'stale', apiBaseUrl: BASE }));
    useSession.getState().signOut();
    expect(useSession.getState()).toMatchObject({
      token: null,
      me: null,
      remember: false,
      expired: false,
      apiBaseUrl: BASE,
      fileRoutes: 'path',
    });
    expect(storedIn(localStorage)).toBeNull();
    expect(storedIn(sessionStorage)).toBeNull();
    expect(localStorage.getItem(SIGN_OUT_KEY)).toMatch(/^\d+$/);
  });

  it('a 401 (expire) forgets the token and remembers why, without signing other tabs out', async () => {
    const { useSession, SIGN_OUT_KEY } = await loadSession();
    useSession.getState().signIn({ token: TOKEN, apiBaseUrl: BASE, fileRoutes: 'query', remember: false, me });
    useSession.getState().expire();
    expect(useSession.getState()).toMatchObject({ token: null, me: null, expired: true, apiBaseUrl: BASE });
    expect(storedIn(sessionStorage)).toBeNull();
    expect(localStorage.getItem(SIGN_OUT_KEY)).toBeNull();
  });

  it('updateMe refreshes who is signed in where the session is stored', async () => {
    const { useSession } = await loadSession();
    useSession.getState().signIn({ token: TOKEN, apiBaseUrl: BASE, fileRoutes: 'query', remember: true, me });
    const demoted = { ...me, role: 'user' as const, scopes: ['runs:read'] };
    useSession.getState().updateMe(demoted);
    expect(useSession.getState().me).toEqual(demoted);
    expect(JSON.parse(storedIn(localStorage) ?? '{}')).toMatchObject({ token: TOKEN, me: demoted });
  });
});

describe('checking a stored session again', () => {
  it('asks /auth/me again only for a restored session whose `me` is older than ME_RECHECK_MS', async () => {
    const { useSession, needsMeRecheck, ME_RECHECK_MS } = await loadSession();
    const now = Date.now();
    useSession.getState().signIn({ token: TOKEN, apiBaseUrl: BASE, fileRoutes: 'query', remember: true, me });
    expect(needsMeRecheck(useSession.getState(), now)).toBe(false); // just signed in

    const reloaded = (await loadSession()).useSession.getState();
    expect(reloaded.restored).toBe(true);
    expect(needsMeRecheck(reloaded, now + 1000)).toBe(false); // a reload soon after: no extra read
    expect(needsMeRecheck(reloaded, now + ME_RECHECK_MS + 1000)).toBe(true);
    expect(needsMeRecheck({ ...reloaded, checkedAt: null }, now)).toBe(true);
    expect(needsMeRecheck({ ...reloaded, token: null }, now + ME_RECHECK_MS + 1000)).toBe(false);
  });
});

describe('sign-out in another tab', () => {
  it('signs this tab out when another tab signs out', async () => {
    const { useSession, listenForSignOutInOtherTabs, SIGN_OUT_KEY } = await loadSession();
    useSession.getState().signIn({ token: TOKEN, apiBaseUrl: BASE, fileRoutes: 'query', remember: false, me });
    const onSignedOut = vi.fn();
    const stop = listenForSignOutInOtherTabs(onSignedOut);

    // Storage events of unrelated keys change nothing.
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else', newValue: '1' }));
    expect(useSession.getState().token).toBe(TOKEN);

    window.dispatchEvent(new StorageEvent('storage', { key: SIGN_OUT_KEY, newValue: String(Date.now()) }));
    expect(useSession.getState().token).toBeNull();
    expect(storedIn(sessionStorage)).toBeNull();
    expect(onSignedOut).toHaveBeenCalledTimes(1);

    // Already signed out: nothing more to do.
    window.dispatchEvent(new StorageEvent('storage', { key: SIGN_OUT_KEY, newValue: String(Date.now() + 1) }));
    expect(onSignedOut).toHaveBeenCalledTimes(1);

    stop();
    useSession.getState().signIn({ token: TOKEN, apiBaseUrl: BASE, fileRoutes: 'query', remember: false, me });
    window.dispatchEvent(new StorageEvent('storage', { key: SIGN_OUT_KEY, newValue: String(Date.now() + 2) }));
    expect(useSession.getState().token).toBe(TOKEN);
  });
});

describe('scopes', () => {
  it('names the scopes the viewer needs that the token lacks', async () => {
    const { missingScopes, hasScope } = await loadSession();
    expect(missingScopes(me)).toEqual([]);
    expect(missingScopes({ ...me, scopes: ['runs:read'] })).toEqual(['results:read']);
    expect(missingScopes({ ...me, scopes: [] })).toEqual(['runs:read', 'results:read']);
    expect(missingScopes(null)).toEqual([]);
    expect(hasScope(me, 'results:read')).toBe(true);
    expect(hasScope(null, 'results:read')).toBe(false);
  });
});
