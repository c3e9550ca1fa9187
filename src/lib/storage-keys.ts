// The storage keys read at start-up, in a module of their own: the entry's early requests
// (src/app/early-requests.ts) read them before the session store and the API client have loaded.

/** The signed-in session (sessionStorage, or localStorage with "Remember me"): src/lib/session.ts. */
export const SESSION_KEY = 'ccx-viewer.session';
/** The file-route style learned per API server (localStorage): src/features/outputs/api/route-style.ts. */
export const ROUTE_STYLES_KEY = 'ccx-viewer.file-routes';

/** The file-route styles learned so far, by API server; anything else stored there is dropped. */
export function readLearnedRouteStyles(): Record<string, 'path' | 'query'> {
  try {
    const value = JSON.parse(globalThis.localStorage?.getItem(ROUTE_STYLES_KEY) ?? '{}') as unknown;
    if (typeof value !== 'object' || value === null) return {};
    return Object.fromEntries(Object.entries(value).filter(([, style]) => style === 'path' || style === 'query')) as Record<
      string,
      'path' | 'query'
    >;
  } catch {
    return {};
  }
}
