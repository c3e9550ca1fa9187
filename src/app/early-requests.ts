// A cold deep link's API requests, started by the entry (src/main.tsx) as soon as it runs: from the URL and the stored
// session, before React, the router and the screen's code have loaded. They are the requests the route's loader
// (router.tsx) would start, with the URLs the API client builds; the client takes each answer once
// (src/lib/early-fetch.ts), so nothing is asked twice. This module is in the entry chunk: it imports nothing heavy.
// The route's code is fetched at the same time (its chunks as modulepreload links, listed in index.html by the build).
import { APP_BASE, toAppPath } from '@/lib/base-path';
import { startEarly } from '@/lib/early-fetch';
import { readLearnedRouteStyles, SESSION_KEY } from '@/lib/storage-keys';

/** What a deep link needs of the stored session. */
export type EarlySession = { token: string; apiBaseUrl: string; fileRoutes: 'path' | 'query' | 'auto' };

type FileStyle = 'path' | 'query';

/** The session as src/lib/session.ts reads it at start-up (sessionStorage first), without checking `me`. */
export function storedSession(): EarlySession | null {
  for (const storage of ['sessionStorage', 'localStorage'] as const) {
    try {
      const raw = globalThis[storage]?.getItem(SESSION_KEY);
      if (!raw) continue;
      const value = JSON.parse(raw) as Record<string, unknown>;
      if (typeof value.token !== 'string' || !value.token || typeof value.apiBaseUrl !== 'string') continue;
      const fileRoutes = value.fileRoutes === 'path' || value.fileRoutes === 'query' ? value.fileRoutes : 'auto';
      return { token: value.token, apiBaseUrl: value.apiBaseUrl, fileRoutes };
    } catch {
      // Storage blocked or edited by hand: the app finds out itself.
    }
  }
  return null;
}

/** The style the session's server speaks, when it is known without asking (route-style.ts learns it otherwise). */
function fileStyle(session: EarlySession): FileStyle | null {
  if (session.fileRoutes !== 'auto') return session.fileRoutes;
  return readLearnedRouteStyles()[session.apiBaseUrl] ?? null;
}

const ID = '([1-9][0-9]{0,15})';
const RUN = new RegExp(`^/runs/${ID}/?$`);
const SAMPLE = new RegExp(`^/runs/${ID}/samples/${ID}/?$`);
const OUTPUT = new RegExp(`^/runs/${ID}/samples/${ID}/regressions/${ID}/outputs/${ID}/?$`);

/** The route's code, fetched beside the requests (the router imports the same modules later). */
export type RouteCode = 'runs' | 'run' | 'sample' | 'output';

/** The screen whose code a cold load of `appPath` needs, if it is one of the four. */
export function routeCodeOf(appPath: string): RouteCode | null {
  return earlyRequestsFor(appPath, null).route;
}

/**
 * The API paths (relative to the API base, query included) a cold load of `appPath` asks for first, and the route
 * whose code it needs; the same as the route loaders' non-preload requests, less what needs an answer first (a
 * sample's regression tests, the results' later pages) and less the file requests when the server's file-route style
 * is not known yet.
 */
export function earlyRequestsFor(appPath: string, style: FileStyle | null): { paths: string[]; route: RouteCode | null } {
  const url = new URL(appPath, 'http://app.invalid');
  const path = url.pathname;
  const results = (runId: string) => `/runs/${runId}/samples?limit=100&offset=0`;
  if (path === '/' || path === '') {
    // Filters change the first page's query: those lists load as usual.
    return { paths: url.search ? [] : ['/runs?limit=50&offset=0'], route: 'runs' };
  }
  let m = RUN.exec(path);
  if (m) {
    const [, r] = m;
    return { paths: [`/runs/${r}`, `/runs/${r}/summary`, results(r as string)], route: 'run' };
  }
  m = SAMPLE.exec(path);
  if (m) {
    const [, r, s] = m as unknown as [string, string, string];
    return { paths: [`/runs/${r}`, results(r), `/samples/${s}`, `/samples/${s}/history?limit=100&offset=0`], route: 'sample' };
  }
  m = OUTPUT.exec(path);
  if (m) {
    const [, r, s, rt, o] = m as unknown as [string, string, string, string, string];
    const paths = [`/runs/${r}`, `/runs/${r}/samples/${rt}`, results(r), `/regression-tests/${rt}`];
    if (style) {
      const file = (name: string, query: string) =>
        style === 'path'
          ? `/runs/${r}/samples/${s}/regression-tests/${rt}/outputs/${o}/${name}?${query}`
          : `/runs/${r}/samples/${s}/${name}?regression_id=${rt}&output_id=${o}&${query}`;
      // Another context than the default is the screen's to ask for (the router reads it from the search).
      if (!url.searchParams.has('context')) paths.push(file('diff', 'context_lines=3'));
      paths.push(file('actual', 'format=base64'), file('expected', 'format=base64'));
    }
    return { paths, route: 'output' };
  }
  return { paths: [], route: null };
}

/** The id of the data block where the build lists each route's chunks (scripts/lib/vite-preload-app.ts). */
const ROUTE_CHUNKS_ID = 'ccx-route-chunks';

/** Preloads a route's chunks and stylesheets and the response validators, as listed in index.html by the build; the router runs them later. */
function preloadRouteCode(route: RouteCode) {
  // The entry runs async: should it ever run before the parser reached the list, it waits for the document.
  if (!document.getElementById(ROUTE_CHUNKS_ID) && document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => preloadRouteCode(route), { once: true });
    return;
  }
  try {
    const listed = JSON.parse(document.getElementById(ROUTE_CHUNKS_ID)?.textContent ?? '{}') as Partial<
      Record<RouteCode | 'validators', string[]>
    >;
    // The response validators too: the API client loads them with the first answer, one round trip late otherwise.
    for (const file of [...(listed[route] ?? []), ...(listed.validators ?? [])]) {
      const link = document.createElement('link');
      if (file.endsWith('.css')) Object.assign(link, { rel: 'preload', as: 'style' });
      else link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = `${APP_BASE}${file}`;
      document.head.append(link);
    }
  } catch {
    // No list (the dev server) or a broken one: the router loads the route's code as usual.
  }
}

/**
 * Starts a deep link's requests, and fetches its route's code. `session` and `appPath` default to the stored session
 * and the address bar; `loadCode: false` (tests) leaves the code alone.
 */
export function startEarlyRequests({
  appPath = toAppPath(`${location.pathname}${location.search}`, APP_BASE),
  session = storedSession(),
  loadCode = true,
}: { appPath?: string; session?: EarlySession | null; loadCode?: boolean } = {}): string[] {
  if (!session) return [];
  const { paths, route } = earlyRequestsFor(appPath, fileStyle(session));
  // The code first: over HTTP/1.1 on one origin, the first asked get the six connections first, and the screen
  // can do nothing with its answers before its code has arrived.
  if (loadCode && route) preloadRouteCode(route);
  const base = session.apiBaseUrl.replace(/\/+$/, '');
  for (const path of paths) startEarly(`${base}${path}`, session.token);
  return paths;
}
