// Who is signed in, with which token, against which API server.
// The token lives in memory and sessionStorage; localStorage only with "Remember me on this device".
import { create } from 'zustand';
import type { components } from '@/api/schema';
import { Me as isMe } from '@/api/me-validator';
import { config, parseFileRouteSetting, type FileRouteSetting } from './config';
import { SESSION_KEY } from './storage-keys';

export { SESSION_KEY };

export type Me = components['schemas']['Me'];

export type SessionState = {
  token: string | null;
  apiBaseUrl: string;
  fileRoutes: FileRouteSetting;
  remember: boolean;
  me: Me | null;
  /** Set when a request was answered 401 mid-session, so sign-in can say why. */
  expired: boolean;
  /** The session was read back from storage at start-up (a reload, a new tab, a remembered sign-in). */
  restored: boolean;
  /** When /auth/me last said who the token belongs to (ms since epoch); null when unknown. */
  checkedAt: number | null;
};

type SessionActions = {
  signIn: (session: { token: string; apiBaseUrl: string; fileRoutes: FileRouteSetting; remember: boolean; me: Me }) => void;
  /** Forgets the token here and tells the other tabs to do the same. */
  signOut: () => void;
  /** The server rejected the token mid-session: forget it here only (other tabs find out by themselves). */
  expire: () => void;
  /** A fresh answer of /auth/me for the current token (name, role or scopes may have changed). */
  updateMe: (me: Me) => void;
};

export const SIGN_OUT_KEY = 'ccx-viewer.signed-out';

export const REQUIRED_SCOPES = { runs: 'runs:read', results: 'results:read' } as const;

type Stored = Pick<SessionState, 'token' | 'apiBaseUrl' | 'fileRoutes' | 'me' | 'checkedAt'> & { token: string };

/** How long who a stored session belongs to (role, scopes) is trusted before /auth/me is asked again. */
export const ME_RECHECK_MS = 15 * 60_000;

function read(storage: Storage | undefined): Stored | null {
  try {
    const raw = storage?.getItem(SESSION_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Record<keyof Stored, unknown>>;
    if (typeof value.token !== 'string' || !value.token || typeof value.apiBaseUrl !== 'string') return null;
    return {
      token: value.token,
      apiBaseUrl: value.apiBaseUrl,
      fileRoutes: parseFileRouteSetting(value.fileRoutes),
      // Storage can be edited by hand: a `me` that breaks the contract is dropped, not trusted.
      me: isMe(value.me) ? (value.me as Me) : null,
      checkedAt: typeof value.checkedAt === 'number' ? value.checkedAt : null,
    };
  } catch {
    return null;
  }
}

// Storage can be missing or throw (privacy modes, sandboxed frames): the session then lives in memory only.
function storages(): { local?: Storage; session?: Storage } {
  try {
    return { local: globalThis.localStorage, session: globalThis.sessionStorage };
  } catch {
    return {};
  }
}

function write(storage: Storage | undefined, stored: Stored) {
  try {
    storage?.setItem(SESSION_KEY, JSON.stringify(stored));
  } catch {
    // Quota or privacy mode: the session still works in memory.
  }
}

function clearStored() {
  const { local, session } = storages();
  try {
    session?.removeItem(SESSION_KEY);
    local?.removeItem(SESSION_KEY);
  } catch {
    // Nothing stored that could be removed.
  }
}

function initialState(): SessionState {
  const { local, session } = storages();
  const base = { expired: false, restored: true };
  const fromSession = read(session);
  if (fromSession) return { ...fromSession, ...base, remember: false };
  const fromLocal = read(local);
  if (fromLocal) return { ...fromLocal, ...base, remember: true };
  return {
    token: null,
    apiBaseUrl: config.apiBaseUrl,
    fileRoutes: config.fileRoutes,
    remember: false,
    me: null,
    expired: false,
    restored: false,
    checkedAt: null,
  };
}

export const useSession = create<SessionState & SessionActions>()((set, get) => ({
  ...initialState(),
  signIn: ({ token, apiBaseUrl, fileRoutes, remember, me }) => {
    const { local, session } = storages();
    clearStored();
    const checkedAt = Date.now();
    write(remember ? local : session, { token, apiBaseUrl, fileRoutes, me, checkedAt });
    set({ token, apiBaseUrl, fileRoutes, remember, me, expired: false, restored: false, checkedAt });
  },
  // The API server and route style stay: the next sign-in form starts from them.
  signOut: () => {
    clearStored();
    try {
      storages().local?.setItem(SIGN_OUT_KEY, String(Date.now()));
    } catch {
      // Other tabs cannot be told; they find out at their next 401.
    }
    set({ token: null, me: null, remember: false, expired: false, restored: false, checkedAt: null });
  },
  expire: () => {
    clearStored();
    set({ token: null, me: null, remember: false, expired: true, restored: false, checkedAt: null });
  },
  updateMe: (me) => {
    const { token, apiBaseUrl, fileRoutes, remember } = get();
    if (!token) return;
    const { local, session } = storages();
    const checkedAt = Date.now();
    write(remember ? local : session, { token, apiBaseUrl, fileRoutes, me, checkedAt });
    set({ me, checkedAt });
  },
}));

/** Signs this tab out when another tab signs out. Returns the unsubscribe function. */
export function listenForSignOutInOtherTabs(onSignedOut: () => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key !== SIGN_OUT_KEY || !useSession.getState().token) return;
    // The other tab already cleared the stored session; this tab forgets its copy in memory and sessionStorage.
    clearStored();
    useSession.setState({ token: null, me: null, remember: false, expired: false, restored: false, checkedAt: null });
    onSignedOut();
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

/** A session read back from storage whose `me` is old enough to ask /auth/me again (role and scopes can change). */
export function needsMeRecheck(state: SessionState, now = Date.now()): boolean {
  return !!state.token && state.restored && (state.checkedAt === null || now - state.checkedAt > ME_RECHECK_MS);
}

export function hasScope(me: Me | null, scope: string): boolean {
  return !!me?.scopes.includes(scope);
}

/** The scopes the viewer needs that this token lacks (none while who it is is unknown). */
export function missingScopes(me: Me | null): string[] {
  if (!me) return [];
  return Object.values(REQUIRED_SCOPES).filter((scope) => !me.scopes.includes(scope));
}
