// The storage keys read at start-up, in a module of their own: the entry's early requests
// (src/app/early-requests.ts) read them before the session store and the API client have loaded.

/** The signed-in session (sessionStorage, or localStorage with "Remember me"): src/lib/session.ts. */
export const SESSION_KEY = 'ccx-viewer.session';
/** The file-route style learned per API server (localStorage): src/features/outputs/api/route-style.ts. */
export const ROUTE_STYLES_KEY = 'ccx-viewer.file-routes';
