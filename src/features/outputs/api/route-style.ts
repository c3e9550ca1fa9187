// Which file-route style an API server speaks, learned from its first file request and remembered per server.
// The platform's own server serves only the path style (`…/regression-tests/:id/outputs/:id/actual`); the published
// reference the query style (`…/actual?regression_id=…&output_id=…`). An unknown route there is a JSON 404 without
// `X-RateLimit-*` headers (`ApiError.unknownRoute`), which no `not_found` or `missing_output` of a known route is.
import { isApiError } from '@/lib/api-error';
import { send, type SendOptions, type SendResult, type SendCall } from '@/lib/api-client';
import type { FileRouteStyle } from '@/lib/config';
import { useSession } from '@/lib/session';
import { readLearnedRouteStyles, ROUTE_STYLES_KEY } from '@/lib/storage-keys';

/** The same request in each style. */
export type StyledCalls = Record<FileRouteStyle, SendCall>;

export { ROUTE_STYLES_KEY };

/** The style learned for a server, if any (kept in localStorage: it names servers, never a token). */
export function learnedStyle(apiBaseUrl: string): FileRouteStyle | undefined {
  return readLearnedRouteStyles()[apiBaseUrl];
}

function learn(apiBaseUrl: string, style: FileRouteStyle) {
  try {
    globalThis.localStorage?.setItem(ROUTE_STYLES_KEY, JSON.stringify({ ...readLearnedRouteStyles(), [apiBaseUrl]: style }));
  } catch {
    // Storage full or blocked: the style is learned again next time, at the cost of one request.
  }
}

/** Servers whose style a request is finding out right now: the other file requests wait for its answer. */
const detecting = new Map<string, Promise<unknown>>();

/** An answer of the API itself (a file, a redirect, a JSON error of a known route): the route exists. */
function routeExists(outcome: { ok: true } | { ok: false; error: unknown }): boolean {
  if (outcome.ok) return true;
  const { error } = outcome;
  return isApiError(error) && error.status >= 400 && error.status < 500 && !error.unknownRoute && error.code !== 'http_error';
}

async function attempt(call: SendCall, options: SendOptions) {
  try {
    return { ok: true as const, result: await send(call, options) };
  } catch (error) {
    return { ok: false as const, error };
  }
}

/**
 * Sends a file request in the style the session's server speaks. With the setting `auto` and a server not met
 * before, this request finds out: the path style first (the platform's own), then once the query style; every
 * other file request to that server waits meanwhile, so finding out costs at most one extra request.
 */
export async function sendFile(calls: StyledCalls, options: SendOptions = {}): Promise<SendResult> {
  const { fileRoutes, apiBaseUrl } = useSession.getState();
  if (fileRoutes !== 'auto') return send(calls[fileRoutes], options);

  for (;;) {
    const style = learnedStyle(apiBaseUrl);
    if (style) return send(calls[style], options);
    const pending = detecting.get(apiBaseUrl);
    if (!pending) break;
    // Whatever its answer (an aborted request learns nothing), look again.
    await pending.catch(() => {});
    options.signal?.throwIfAborted();
  }

  const detection = detect(calls, options, apiBaseUrl);
  detecting.set(apiBaseUrl, detection);
  try {
    return await detection;
  } finally {
    detecting.delete(apiBaseUrl);
  }
}

async function detect(calls: StyledCalls, options: SendOptions, apiBaseUrl: string): Promise<SendResult> {
  const path = await attempt(calls.path, options);
  if (path.ok) {
    learn(apiBaseUrl, 'path');
    return path.result;
  }
  // A network failure, a timeout, a 5xx or an abort says nothing about routes: nothing is learned.
  if (!isApiError(path.error) || !path.error.unknownRoute) {
    if (routeExists(path)) learn(apiBaseUrl, 'path');
    throw path.error;
  }
  const query = await attempt(calls.query, options);
  if (query.ok || routeExists(query)) {
    learn(apiBaseUrl, 'query');
    if (query.ok) return query.result;
    throw query.error;
  }
  if (isApiError(query.error) && query.error.unknownRoute) {
    // Neither style is known there (a server that hides its rate-limit headers from this origin answers every
    // 404 this way): keep the platform's own style rather than asking twice for every file.
    learn(apiBaseUrl, 'path');
    throw path.error;
  }
  throw query.error;
}
