// Who is signed in, with which token, against which API server.
// The token lives in memory and sessionStorage; localStorage only with "Remember me on this device".
import { create } from 'zustand';
import type { components } from '@/api/schema';
import { config, type FileRouteStyle } from './config';

export type Me = components['schemas']['Me'];

export type SessionState = {
  token: string | null;
  apiBaseUrl: string;
  fileRoutes: FileRouteStyle;
  remember: boolean;
  me: Me | null;
  /** Set when a request was answered 401 mid-session, so sign-in can say why. */
  expired: boolean;
};

type SessionActions = {
  signIn: (session: { token: string; apiBaseUrl: string; fileRoutes: FileRouteStyle; remember: boolean; me: Me }) => void;
  /** Forgets the token here and tells the other tabs to do the same. */
  signOut: () => void;
  /** The server rejected the token mid-session: forget it here only (other tabs find out by themselves). */
  expire: () => void;
};

export const SESSION_KEY = 'ccx-viewer.session';
export const SIGN_OUT_KEY = 'ccx-viewer.signed-out';

type Stored = Omit<SessionState, 'remember' | 'expired'>;

function read(storage: Storage | undefined): Stored | null {
  try {
    const raw = storage?.getItem(SESSION_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Stored>;
    if (typeof value.token !== 'string' || typeof value.apiBaseUrl !== 'string') return null;
    return {
      token: value.token,
      apiBaseUrl: value.apiBaseUrl,
      fileRoutes: value.fileRoutes === 'path' ? 'path' : 'query',
      me: value.me ?? null,
    };
  } catch {
    return null;
  }
}

function storages(): { local?: Storage; session?: Storage } {
  try {
    return { local: globalThis.localStorage, session: globalThis.sessionStorage };
  } catch {
    return {};
  }
}

function initialState(): SessionState {
  const { local, session } = storages();
  const fromSession = read(session);
  if (fromSession) return { ...fromSession, remember: false, expired: false };
  const fromLocal = read(local);
  if (fromLocal) return { ...fromLocal, remember: true, expired: false };
  return { token: null, apiBaseUrl: config.apiBaseUrl, fileRoutes: config.fileRoutes, remember: false, me: null, expired: false };
}

function clearStored() {
  const { local, session } = storages();
  session?.removeItem(SESSION_KEY);
  local?.removeItem(SESSION_KEY);
}

export const useSession = create<SessionState & SessionActions>()((set) => ({
  ...initialState(),
  signIn: ({ token, apiBaseUrl, fileRoutes, remember, me }) => {
    const { local, session } = storages();
    clearStored();
    const stored: Stored = { token, apiBaseUrl, fileRoutes, me };
    (remember ? local : session)?.setItem(SESSION_KEY, JSON.stringify(stored));
    set({ token, apiBaseUrl, fileRoutes, remember, me, expired: false });
  },
  signOut: () => {
    clearStored();
    storages().local?.setItem(SIGN_OUT_KEY, String(Date.now()));
    set({ token: null, me: null, remember: false, expired: false });
  },
  expire: () => {
    clearStored();
    set({ token: null, me: null, expired: true });
  },
}));

/** Signs this tab out when another tab signs out. Returns the unsubscribe function. */
export function listenForSignOutInOtherTabs(onSignedOut: () => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key !== SIGN_OUT_KEY || !useSession.getState().token) return;
    clearStored();
    useSession.setState({ token: null, me: null, remember: false });
    onSignedOut();
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

export function hasScope(me: Me | null, scope: string): boolean {
  return !!me?.scopes.includes(scope);
}
