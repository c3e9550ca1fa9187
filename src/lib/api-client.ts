// The one API client every screen uses: typed by the OpenAPI file, validated at the boundary,
// and every failure turned into an ApiError.
import createClient from 'openapi-fetch';
import type { components, paths } from '@/api/schema';
import type * as Validators from '@/api/validators';
import { ApiError, type ApiErrorDetails } from './api-error';
import { config } from './config';
import { takeEarly } from './early-fetch';
import { parseRetryAfter, recordRateLimit } from './rate-limit';
import { useSession } from './session';

export type Schemas = components['schemas'];
export type SchemaName = keyof typeof Validators;

// The validators are the largest module the API client needs: they load beside the first request instead of with
// the first download. A failed load is forgotten, so the next request tries again.
let validatorsModule: Promise<typeof Validators> | undefined;
function loadValidators(): Promise<typeof Validators> {
  validatorsModule ??= import('@/api/validators').catch((error: unknown) => {
    validatorsModule = undefined;
    throw error;
  });
  return validatorsModule;
}

export const api = createClient<paths>({
  baseUrl: config.apiBaseUrl,
  // Resolved per call so test doubles that patch fetch later still see the requests. A request the entry already
  // started for a deep link (src/app/early-requests.ts) is taken from there, once.
  fetch: (request) => takeEarly(request) ?? globalThis.fetch(request),
});

/** The options every openapi-fetch call gets from `send`. */
export type SendInit = { baseUrl: string; headers: { Authorization: string }; signal: AbortSignal; parseAs: 'text' };

type RawResult = { response: Response; data?: unknown; error?: unknown };

/** One request through openapi-fetch, given the options `send` adds. */
export type SendCall = (init: SendInit) => Promise<RawResult>;

export type Credentials = { token: string; apiBaseUrl: string };

export type SendOptions = {
  signal?: AbortSignal;
  /** Explicit credentials (the sign-in check); otherwise the session's. A 401 then does not end the session. */
  credentials?: Credentials;
};

let onUnauthorized: (error: ApiError) => void = () => {};

/** The app decides what a 401 during a session means (back to sign-in). */
export function setUnauthorizedHandler(handler: (error: ApiError) => void) {
  onUnauthorized = handler;
}

export type SendResult = { response: Response; body: string };

/** Sends one request and returns its status and raw body, or throws an ApiError (or the caller's AbortError). */
export async function send(call: SendCall, options: SendOptions = {}): Promise<SendResult> {
  const session = useSession.getState();
  const credentials = options.credentials ?? { token: session.token ?? '', apiBaseUrl: session.apiBaseUrl };
  const timeout = AbortSignal.timeout(config.requestTimeoutMs);
  const validators = loadValidators();
  // Awaited where a body is checked; a load failure surfaces there, not as an unhandled rejection.
  validators.catch(() => {});
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;

  let raw: RawResult;
  try {
    raw = await call({
      baseUrl: credentials.apiBaseUrl,
      headers: { Authorization: `Bearer ${credentials.token}` },
      signal,
      parseAs: 'text',
    });
  } catch (cause) {
    if (options.signal?.aborted) throw options.signal.reason ?? cause;
    if (timeout.aborted) {
      throw new ApiError({
        status: 0,
        code: 'timeout',
        message: `The API server at ${originOf(credentials.apiBaseUrl)} did not answer within ${config.requestTimeoutMs / 1000} seconds`,
      });
    }
    throw new ApiError({
      status: 0,
      code: 'network_error',
      message: `Could not reach the API server at ${originOf(credentials.apiBaseUrl)} (offline, wrong address, or the server does not allow this site)`,
    });
  }

  const { response } = raw;
  recordRateLimit(response.headers);
  const body = typeof raw.data === 'string' ? raw.data : typeof raw.error === 'string' ? raw.error : '';
  if (response.ok) return { response, body };

  const error = toApiError(await validators, response, raw.error, credentials.token);
  // A late 401 for a token that was already replaced must not end the new session.
  if (error.status === 401 && !options.credentials && useSession.getState().token === credentials.token) onUnauthorized(error);
  throw error;
}

/** A list's pages are checked item by item: the item schema of each page schema. */
const PAGE_ITEMS = {
  RunPage: 'Run',
  RunSamplePage: 'RunSample',
  HistoryPage: 'HistoryEntry',
  ProgressPage: 'ProgressEvent',
  ErrorGroupPage: 'ErrorGroup',
  RunErrorPage: 'RunError',
  ArtifactPage: 'Artifact',
} as const satisfies Partial<Record<SchemaName, SchemaName>>;
type PageName = keyof typeof PAGE_ITEMS;

/** An item of a page that breaks the contract: the others are shown, and a row says what was wrong with this one. */
export type MalformedItem = { position: number; id: number | null; problem: string };

/** A page keeps its valid items in `data` and lists the others in `malformed`. */
export type Parsed<N extends SchemaName> = N extends PageName ? Schemas[N] & { malformed: MalformedItem[] } : Schemas[N];

/** Sends a request whose 2xx body must be JSON matching the named schema. */
export async function getJson<N extends SchemaName>(schema: N, call: SendCall, options?: SendOptions): Promise<Parsed<N>> {
  const { response, body } = await send(call, options);
  return parseBody(schema, response, body);
}

export async function parseBody<N extends SchemaName>(schema: N, response: Response, body: string): Promise<Parsed<N>> {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw invalidResponse(response, response.status === 204 || body === '' ? 'an empty body' : 'a body that is not JSON');
  }
  const validators = await loadValidators();
  const validate = validators[schema];
  if (!validate(value)) throw invalidResponse(response, `data that breaks the API contract: ${schema}${problemOf(validate)}`);
  if (!(schema in PAGE_ITEMS)) return value as Parsed<N>;

  const page = value as { data: unknown[]; pagination: { offset: number } };
  const validateItem = validators[PAGE_ITEMS[schema as PageName]];
  const data: unknown[] = [];
  const malformed: MalformedItem[] = [];
  // Runs, results and history entries are named by their run or regression test; the run's events, errors and
  // artifacts also carry a run_id, which is not theirs.
  const namedById = schema === 'RunPage' || schema === 'RunSamplePage' || schema === 'HistoryPage';
  page.data.forEach((item, index) => {
    if (validateItem(item)) data.push(item);
    else
      malformed.push({
        position: page.pagination.offset + index + 1,
        id: namedById ? idOf(item) : null,
        problem: problemOf(validateItem).trim(),
      });
  });
  if (malformed.length > 0)
    console.warn(`The API answered ${endpointOf(response)} with ${malformed.length} malformed item(s): they are listed on the screen.`);
  return { ...page, data, malformed } as Parsed<N>;
}

/** ajv's first complaint, as " /status must be string". */
function problemOf(validate: { errors?: Array<{ instancePath: string; message?: string }> | null }): string {
  const first = validate.errors?.[0];
  return `${first?.instancePath ? ` ${first.instancePath}` : ''} ${first?.message ?? 'is invalid'}`;
}

/** The id an item names itself by, when it has a usable one. */
function idOf(item: unknown): number | null {
  if (typeof item !== 'object' || item === null) return null;
  const record = item as Record<string, unknown>;
  const id = record.run_id ?? record.regression_test_id;
  return typeof id === 'number' && Number.isInteger(id) ? id : null;
}

function invalidResponse(response: Response, what: string): ApiError {
  return new ApiError({
    status: response.status,
    code: 'invalid_response',
    message: `The API answered ${endpointOf(response)} with ${what}`,
  });
}

/** A server (or a proxy) may echo the request back in its message: the token never reaches the screen that way. */
function redactToken(message: string, token: string): string {
  return token.length >= 4 ? message.split(token).join('[token]') : message;
}

function toApiError(validators: typeof Validators, response: Response, rawError: unknown, token: string): ApiError {
  // openapi-fetch hands error bodies over already parsed when they are JSON, as text otherwise.
  const text = typeof rawError === 'string' ? rawError : '';
  const retryAfterHeader = parseRetryAfter(response.headers.get('Retry-After'));
  const unknownRoute = response.status === 404 && !response.headers.has('X-RateLimit-Limit');
  const redirectedTo = response.redirected ? response.url : undefined;
  let parsed: unknown = typeof rawError === 'string' ? undefined : rawError;
  try {
    if (text) parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (parsed !== undefined && validators.Error(parsed)) {
    const body = parsed as Schemas['Error'];
    const details = body.details as ApiErrorDetails;
    const detailRetry = typeof details.retry_after === 'number' ? details.retry_after : undefined;
    return new ApiError({
      status: response.status,
      code: body.code,
      message: redactToken(body.message, token),
      details,
      retryAfter: retryAfterHeader ?? detailRetry,
      unknownRoute,
      redirectedTo,
    });
  }
  const looksHtml = /^\s*</.test(text);
  const shape =
    !text && parsed === undefined
      ? 'no body'
      : looksHtml
        ? 'an HTML page (often a proxy or gateway error)'
        : 'a body that is not the API error format';
  return new ApiError({
    status: response.status,
    code: response.status === 401 ? 'unauthorized' : response.status === 429 ? 'rate_limited' : 'http_error',
    message: `The API answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} with ${shape}`,
    retryAfter: retryAfterHeader,
    unknownRoute,
    redirectedTo,
  });
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

function endpointOf(response: Response): string {
  try {
    return new URL(response.url).pathname;
  } catch {
    return 'the request';
  }
}
