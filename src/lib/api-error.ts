// Every failure of the API client becomes one ApiError, whatever went wrong on the way.
export type ApiErrorCode =
  | 'validation_error'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'missing_output'
  | 'missing_expected'
  | 'rate_limited'
  | 'network_error'
  | 'timeout'
  | 'invalid_response'
  | 'http_error'
  | (string & {});

export type ApiErrorDetails = Record<string, unknown>;

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly details: ApiErrorDetails;
  /** Seconds to wait before trying again (429). */
  readonly retryAfter?: number;
  /** When the failure was received, for countdowns. */
  readonly at: number;
  /**
   * A 404 without the `X-RateLimit-*` headers every route of the API sends: the server does not know the route
   * itself (how the platform's server answers a file-route style it does not speak), not `not_found` of an id.
   */
  readonly unknownRoute: boolean;
  /** The URL a followed redirect ended at (a matched output's 303 to /expected), when there was one. */
  readonly redirectedTo?: string;

  constructor(init: {
    status: number;
    code: ApiErrorCode;
    message: string;
    details?: ApiErrorDetails;
    retryAfter?: number;
    unknownRoute?: boolean;
    redirectedTo?: string;
  }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.details = init.details ?? {};
    this.retryAfter = init.retryAfter;
    this.at = Date.now();
    this.unknownRoute = init.unknownRoute ?? false;
    this.redirectedTo = init.redirectedTo;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Whether trying the same request again can help. */
export function isRetryable(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.code === 'network_error' || error.code === 'timeout' || error.code === 'rate_limited' || error.status >= 500;
}
