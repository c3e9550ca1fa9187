// The one API client every screen uses: typed by the OpenAPI file, validated at the boundary,
// and every failure turned into an ApiError.
import createClient from 'openapi-fetch';
import type { components, paths } from '@/api/schema';
import type * as Validators from '@/api/validators';
import { ApiError, type ApiErrorDetails } from './api-error';
import { config } from './config';
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
  // Resolved per call so test doubles that patch fetch later still see the requests.
  fetch: (request) => globalThis.fetch(request),
});

/** The options every openapi-fetch call gets from `send`. */
export type SendInit = { baseUrl: string; headers: { Authorization: string }; signal: AbortSignal; parseAs: 'text' };

type RawResult = { response: Response; data?: unknown; error?: unknown };

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
export async function send(call: (init: SendInit) => Promise<RawResult>, options: SendOptions = {}): Promise<SendResult> {
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

/** Sends a request whose 2xx body must be JSON matching the named schema. */
export async function getJson<N extends SchemaName>(
  schema: N,
  call: (init: SendInit) => Promise<RawResult>,
  options?: SendOptions,
): Promise<Schemas[N]> {
  const { response, body } = await send(call, options);
  return parseBody(schema, response, body);
}

export async function parseBody<N extends SchemaName>(schema: N, response: Response, body: string): Promise<Schemas[N]> {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw invalidResponse(response, response.status === 204 || body === '' ? 'an empty body' : 'a body that is not JSON');
  }
  const validate = (await loadValidators())[schema];
  if (!validate(value)) {
    const first = validate.errors?.[0];
    const where = first?.instancePath || '(the body)';
    throw invalidResponse(response, `data that breaks the API contract: ${schema}${where === '(the body)' ? '' : ` ${where}`} ${first?.message ?? 'is invalid'}`);
  }
  return value as Schemas[N];
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
    });
  }
  const looksHtml = /^\s*</.test(text);
  const shape = !text && parsed === undefined ? 'no body' : looksHtml ? 'an HTML page (often a proxy or gateway error)' : 'a body that is not the API error format';
  return new ApiError({
    status: response.status,
    code: response.status === 401 ? 'unauthorized' : response.status === 429 ? 'rate_limited' : 'http_error',
    message: `The API answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} with ${shape}`,
    retryAfter: retryAfterHeader,
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
