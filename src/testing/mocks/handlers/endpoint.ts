// What every route of the demo backend answers through: the bearer token, the scope check, the error bodies and the
// X-RateLimit-* headers, with the per-process state behind them (rate-limit budgets, reported and never enforced,
// and which tokens already had the one-time 429).
import { HttpResponse } from 'msw';
import type { Me } from '../data/api-types';
import { ApiFailure } from '../data/request-params';
import { DEMO_TOKENS, SCOPES } from '../tokens';
import { resetWriteState } from './write-state';

const RATE_LIMIT = 120;
const WINDOW_MS = 60_000;
const RETRY_AFTER_S = 2;

const budgets = new Map<string, { start: number; count: number }>();
const rateLimitedOnce = new Set<string>();

/**
 * Forgets the per-process state (rate-limit counters, the one-time 429, what the write endpoints changed): `token`'s
 * only when given, so that e2e tests signed in with other tokens, side by side on one server, keep theirs.
 */
export function resetMockState(token?: string): void {
  if (token === undefined) {
    budgets.clear();
    rateLimitedOnce.clear();
  } else {
    budgets.delete(token);
    for (const key of rateLimitedOnce) if (key.startsWith(`${token}\n`)) rateLimitedOnce.delete(key);
  }
  resetWriteState(token);
}

function spend(key: string): { remaining: number; reset: number } {
  const now = Date.now();
  let budget = budgets.get(key);
  if (!budget || now - budget.start >= WINDOW_MS) {
    budget = { start: now, count: 0 };
    budgets.set(key, budget);
  }
  budget.count++;
  return { remaining: Math.max(0, RATE_LIMIT - budget.count), reset: Math.ceil((budget.start + WINDOW_MS) / 1000) };
}

/** Throws the API's 429 the first time `key` comes (until the state is reset), and nothing after. */
export function rateLimitOnce(key: string): void {
  if (rateLimitedOnce.has(key)) return;
  rateLimitedOnce.add(key);
  throw new ApiFailure(
    429,
    'rate_limited',
    `Too many requests: try again in ${RETRY_AFTER_S} seconds.`,
    { retry_after: RETRY_AFTER_S, limit: RATE_LIMIT, window: '60s' },
    { 'Retry-After': String(RETRY_AFTER_S) },
  );
}

function bearerToken(request: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('Authorization') ?? '');
  return match?.[1] ?? null;
}

function errorResponse(failure: ApiFailure): Response {
  return HttpResponse.json(
    { code: failure.code, message: failure.message, details: failure.details },
    { status: failure.status, headers: failure.headers },
  );
}

/** What msw hands a resolver, of which the routes read the request and the path parameters. */
export type Info = { request: Request; params: Record<string, string | readonly string[] | undefined> };

export type Context = {
  request: Request;
  url: URL;
  params: Record<string, string | undefined>;
  /** Null only on public routes. */
  user: Me | null;
  token: string | null;
};

/** The context of an endpoint that needs a valid token. */
export type SignedIn = Context & { user: Me; token: string };

export type Scope = (typeof SCOPES)[keyof typeof SCOPES];
type Access = Scope | 'signed-in' | 'public';

/** Authentication, scope check, error bodies and X-RateLimit-* headers around one endpoint. */
export function endpoint<C extends Context = SignedIn>(access: Access, handle: (context: C) => Response) {
  return ({ request, params }: Info): Response => {
    const token = bearerToken(request);
    const budget = spend(token ?? '(anonymous)');
    let response: Response;
    try {
      const user = token !== null && Object.hasOwn(DEMO_TOKENS, token) ? (DEMO_TOKENS[token]?.user ?? null) : null;
      if (access !== 'public') {
        if (!user) throw new ApiFailure(401, 'unauthorized', 'The token is missing, expired or invalid.');
        if (access !== 'signed-in' && !user.scopes.includes(access)) {
          // The platform's server sends the arrays; older descriptions name one `required_scope`: both, so the
          // viewer can be tested reading either.
          throw new ApiFailure(403, 'forbidden', `This token lacks the ${access} scope.`, {
            required_scopes: [access],
            missing_scopes: [access],
            token_scopes: user.scopes,
            required_scope: access,
          });
        }
      }
      const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v : undefined]));
      response = handle({ request, url: new URL(request.url), params: flat, user, token } as C);
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      response = errorResponse(error);
    }
    const rateLimited = response.status === 429;
    response.headers.set('X-RateLimit-Limit', String(RATE_LIMIT));
    response.headers.set('X-RateLimit-Remaining', String(rateLimited ? 0 : budget.remaining));
    response.headers.set('X-RateLimit-Reset', String(budget.reset));
    return response;
  };
}

/** Whether path parameter `name` is an id that `find` knows: which requests a special run's handler claims. */
export const owns = (name: string, find: (id: number) => unknown) => (info: Info) => {
  const value = info.params[name];
  return typeof value === 'string' && /^[0-9]{1,9}$/.test(value) && find(Number(value)) !== undefined;
};

/**
 * `resolver` for the requests `claims` accepts; the others fall through to the handlers listed after (the special
 * runs' handlers are listed before the regular ones and answer only for their own ids).
 */
export const only =
  (claims: (info: Info) => boolean, resolver: (info: Info) => Response) =>
  (info: Info): Response | undefined =>
    claims(info) ? resolver(info) : undefined;
