// Fault injection for the HTTP mock server (scripts/mock-api.ts): tests script, per route, what a hostile network
// or a broken server would answer instead of the real response, and read back which requests the API saw.
//
//   POST   /__faults    [{ method?, path? | pathRegex?, token?, fault, times?, retryAfter?, delayMs?, cors? }, …]
//   GET    /__faults    the rules still armed, with how often each fired
//   DELETE /__faults    ?token=… removes that token's rules, otherwise all of them
//   GET    /__requests  ?token=… the API requests the server saw (never the Authorization header)
//   DELETE /__requests  ?token=… forgets that token's requests, otherwise all of them
//
// `path` is a glob on the API path (after /api/v1, without the query): `*` is one path segment or part of one,
// `**` anything. `pathRegex` is a regular expression tested on the API path with its query. A rule with `token`
// only hits requests carrying that bearer token, so parallel tests with other tokens never see it.
import { createHash } from 'node:crypto';

export const FAULT_KINDS = ['html500', 'empty502', 'drop', 'slow', 'invalidJson', 'rateLimit', 'unauthorized'] as const;
export const CONTRACT_VARIANTS = ['missing-field', 'wrong-type', 'content-too-long', 'unknown-storage-status'] as const;

export type ContractVariant = (typeof CONTRACT_VARIANTS)[number];
export type FaultKind = (typeof FAULT_KINDS)[number] | `contract:${ContractVariant}`;

export type FaultRuleInput = {
  method?: string;
  path?: string;
  pathRegex?: string;
  token?: string;
  fault: FaultKind;
  /** How many requests the rule hits before it disarms itself; unlimited when absent. */
  times?: number;
  /** rateLimit: the Retry-After seconds (default 2). */
  retryAfter?: number;
  /** slow: how long the answer is held (default 35 s, longer than the client's 30 s timeout). */
  delayMs?: number;
  /** false: the answer lacks CORS headers, as an error page from a proxy usually does (the browser sees a network error). */
  cors?: boolean;
};

export type FaultRule = Omit<FaultRuleInput, 'token'> & {
  id: number;
  /** The token's tag (see tokenTag), never the token itself. */
  tokenTag?: string;
  hits: number;
  matcher: RegExp;
  matchesQuery: boolean;
};

export const DEFAULT_RETRY_AFTER_S = 2;
export const DEFAULT_SLOW_MS = 35_000;
export const CONTENT_LIMIT = 1_048_576;
const MAX_LOG = 5_000;

/** A short, stable stand-in for a token, so logs and rules can name a client without holding its secret. */
export function tokenTag(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 12);
}

/** The bearer token of an Authorization header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] as string;
    if (char === '*' && glob[i + 1] === '*') {
      source += '.*';
      i++;
    } else if (char === '*') source += '[^/]*';
    else source += char.replace(/[\\^$.|?+()[\]{}]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

function isFaultKind(value: unknown): value is FaultKind {
  if (typeof value !== 'string') return false;
  if ((FAULT_KINDS as readonly string[]).includes(value)) return true;
  return value.startsWith('contract:') && (CONTRACT_VARIANTS as readonly string[]).includes(value.slice('contract:'.length));
}

/** Checks one posted rule; throws an Error whose message says what is wrong. */
export function parseRule(raw: unknown, id: number): FaultRule {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error('each rule must be an object');
  const input = raw as Record<string, unknown>;
  if (!isFaultKind(input.fault)) {
    throw new Error(`fault must be one of ${[...FAULT_KINDS, ...CONTRACT_VARIANTS.map((v) => `contract:${v}`)].join(', ')}`);
  }
  const optionalString = (name: string) => {
    const value = input[name];
    if (value !== undefined && typeof value !== 'string') throw new Error(`${name} must be a string`);
    return value as string | undefined;
  };
  const optionalCount = (name: string, min: number) => {
    const value = input[name];
    if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < min)) {
      throw new Error(`${name} must be an integer ≥ ${min}`);
    }
    return value as number | undefined;
  };
  const path = optionalString('path');
  const pathRegex = optionalString('pathRegex');
  if (path !== undefined && pathRegex !== undefined) throw new Error('give path or pathRegex, not both');
  let matcher: RegExp;
  try {
    matcher = pathRegex !== undefined ? new RegExp(pathRegex) : globToRegExp(path ?? '**');
  } catch {
    throw new Error(`pathRegex is not a regular expression: ${pathRegex}`);
  }
  const token = optionalString('token');
  const cors = input.cors;
  if (cors !== undefined && typeof cors !== 'boolean') throw new Error('cors must be a boolean');
  return {
    id,
    fault: input.fault,
    method: optionalString('method')?.toUpperCase(),
    path,
    pathRegex,
    tokenTag: token === undefined ? undefined : tokenTag(token),
    times: optionalCount('times', 1),
    retryAfter: optionalCount('retryAfter', 0),
    delayMs: optionalCount('delayMs', 0),
    cors,
    hits: 0,
    matcher,
    matchesQuery: pathRegex !== undefined,
  };
}

export type LoggedRequest = {
  seq: number;
  method: string;
  /** The API path (after /api/v1) with its query. */
  path: string;
  /** Arrival, in ms since the epoch. */
  at: number;
  /** When the answer (or the fault) was sent; undefined while pending or when the client went away first. */
  respondedAt?: number;
  status?: number;
  /** The fault that answered, if any. */
  fault?: FaultKind;
  /** The client closed the connection before the answer was complete (an aborted fetch). */
  aborted: boolean;
  tokenTag: string | null;
};

/** The rules and the request log of one server. */
export class FaultBook {
  private rules: FaultRule[] = [];
  private nextId = 1;
  private log: LoggedRequest[] = [];
  private nextSeq = 1;

  add(raw: unknown): FaultRule[] {
    const list = Array.isArray(raw) ? raw : [raw];
    const parsed = list.map((item) => parseRule(item, this.nextId++));
    this.rules.push(...parsed);
    return parsed;
  }

  clear(token?: string | null): number {
    const before = this.rules.length;
    const tag = token ? tokenTag(token) : null;
    this.rules = tag ? this.rules.filter((rule) => rule.tokenTag !== tag) : [];
    return before - this.rules.length;
  }

  list(): FaultRule[] {
    return [...this.rules];
  }

  /** The first armed rule for this request, counted as hit (and disarmed once it has hit `times` requests). */
  take(method: string, apiPath: string, search: string, token: string | null): FaultRule | null {
    const tag = token === null ? null : tokenTag(token);
    const index = this.rules.findIndex(
      (rule) =>
        (!rule.method || rule.method === method) &&
        (!rule.tokenTag || rule.tokenTag === tag) &&
        rule.matcher.test(rule.matchesQuery ? apiPath + search : apiPath),
    );
    const rule = this.rules[index];
    if (!rule) return null;
    rule.hits++;
    if (rule.times !== undefined && rule.hits >= rule.times) this.rules.splice(index, 1);
    return rule;
  }

  record(method: string, path: string, token: string | null): LoggedRequest {
    const entry: LoggedRequest = {
      seq: this.nextSeq++,
      method,
      path,
      at: Date.now(),
      aborted: false,
      tokenTag: token === null ? null : tokenTag(token),
    };
    this.log.push(entry);
    if (this.log.length > MAX_LOG) this.log.splice(0, this.log.length - MAX_LOG);
    return entry;
  }

  requests(token?: string | null): LoggedRequest[] {
    const tag = token ? tokenTag(token) : null;
    return tag ? this.log.filter((entry) => entry.tokenTag === tag) : [...this.log];
  }

  forget(token?: string | null): void {
    const tag = token ? tokenTag(token) : null;
    this.log = tag ? this.log.filter((entry) => entry.tokenTag !== tag) : [];
  }
}

/** What a rule looks like over HTTP (the matcher as its source, the token as its tag). */
export function describeRule(rule: FaultRule): Record<string, unknown> {
  const { matcher, matchesQuery: _matchesQuery, ...rest } = rule;
  return { ...rest, matcher: matcher.source };
}

// ---- Bodies -------------------------------------------------------------------------------------------------

export const HTML_500 =
  '<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head>\n' +
  '<body><center><h1>500 Internal Server Error</h1></center><hr><center>nginx</center></body></html>\n';

export function rateLimitBody(retryAfter: number) {
  return {
    code: 'rate_limited',
    message: `Too many requests: try again in ${retryAfter} seconds.`,
    details: { retry_after: retryAfter, limit: 120, window: '60s' },
  };
}

export function rateLimitHeaders(retryAfter: number, now = Date.now()): Record<string, string> {
  return {
    'Retry-After': String(retryAfter),
    'X-RateLimit-Limit': '120',
    'X-RateLimit-Remaining': '0',
    'X-RateLimit-Reset': String(Math.ceil(now / 1000) + retryAfter),
  };
}

export const UNAUTHORIZED_BODY = { code: 'unauthorized', message: 'The token has expired.', details: {} };

/** Half of the real body: JSON cut off mid-way, as a proxy that dropped the rest would deliver it. */
export function invalidJson(realBody: string): string {
  const text = realBody.trim() || '{"run_id": 1, "status": "fail"}';
  return text.slice(0, Math.max(1, Math.floor(text.length / 2)));
}

function wrongType(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return 12345;
  if (Array.isArray(value)) return 'not-a-list';
  if (value === null) return { unexpected: true };
  if (typeof value === 'object') return ['not-an-object'];
  return 'not-a-boolean';
}

/** The real JSON answer, broken the way the variant says; still well-formed JSON. */
export function violateContract(variant: ContractVariant, realBody: string): string {
  let body: unknown;
  try {
    body = JSON.parse(realBody);
  } catch {
    body = {};
  }
  const object: Record<string, unknown> =
    body && typeof body === 'object' && !Array.isArray(body) ? { ...(body as Record<string, unknown>) } : {};
  const first = Object.keys(object)[0];
  switch (variant) {
    case 'missing-field':
      // The first property of every response body of the API is required (an id, or `data` of a page).
      if (first !== undefined) {
        return JSON.stringify(Object.fromEntries(Object.entries(object).filter(([key]) => key !== first)));
      }
      break;
    case 'wrong-type':
      if (first !== undefined) object[first] = wrongType(object[first]);
      break;
    case 'content-too-long':
      object.content = 'A'.repeat(CONTENT_LIMIT + 1);
      break;
    case 'unknown-storage-status':
      object.storage_status = 'archived';
      break;
  }
  return JSON.stringify(object);
}
