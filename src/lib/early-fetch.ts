// API requests started before the app's code has loaded (src/app/early-requests.ts starts them from the entry), each
// handed once to the API client's fetch when it sends the same GET with the same token: the screen's query picks up
// the early answer instead of asking again. Nothing here logs, and the token stays in the Authorization header.

type Early = { authorization: string; response: Promise<Response> };

/** An answer nobody took within this long (the app asked for something else) is dropped. */
const KEEP_MS = 60_000;

const started = new Map<string, Early>();

/** The URL as a key: query parameters in any order name the same request. */
export function requestKey(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.sort();
  parsed.hash = '';
  return parsed.href;
}

/** Starts a GET now (once per URL), to be taken by `takeEarly`. */
export function startEarly(url: string, token: string): void {
  const key = requestKey(url);
  if (started.has(key)) return;
  const authorization = `Bearer ${token}`;
  const response = globalThis.fetch(url, { headers: { Authorization: authorization } });
  // A failure reaches the request that takes it; one nobody takes is no unhandled rejection.
  response.catch(() => {});
  const early = { authorization, response };
  started.set(key, early);
  setTimeout(() => {
    if (started.get(key) === early) started.delete(key);
  }, KEEP_MS);
}

/**
 * The early answer to this request, if one was started for its URL with its token; taken once. The request's signal
 * (the client's timeout, a cancelled query) still ends the wait.
 */
export function takeEarly(request: Request): Promise<Response> | undefined {
  if (started.size === 0 || request.method !== 'GET') return undefined;
  const key = requestKey(request.url);
  const early = started.get(key);
  if (!early || early.authorization !== request.headers.get('Authorization')) return undefined;
  started.delete(key);
  const { signal } = request;
  return new Promise<Response>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    if (signal.aborted) {
      abort();
      return;
    }
    signal.addEventListener('abort', abort, { once: true });
    early.response.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** The early requests not taken yet (tests). */
export function pendingEarly(): string[] {
  return [...started.keys()];
}

/** Forgets every early request (tests, sign-out). */
export function forgetEarly(): void {
  started.clear();
}
