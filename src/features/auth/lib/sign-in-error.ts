// Why the sign-in check failed, in words that point at the real cause: a wrong token is not an unreachable server.
import { isApiError } from '@/lib/api-error';
import { config } from '@/lib/config';

/** Whether the failure is about the API server (its address, reachability, what answers there) rather than the token. */
export function isServerProblem(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return ['network_error', 'timeout', 'invalid_response'].includes(error.code) || error.status === 404 || error.status === 405;
}

export function signInErrorText(error: unknown, apiBaseUrl: string): string {
  if (!isApiError(error)) {
    return `Sign-in failed inside the viewer: ${error instanceof Error ? error.message : String(error)}`;
  }
  switch (error.code) {
    case 'network_error':
      return (
        `Could not reach the API server at ${apiBaseUrl}. Check the address, that the server is running, ` +
        'and that it allows requests from this site (CORS). The token was not checked.'
      );
    case 'timeout':
      return `The API server at ${apiBaseUrl} did not answer within ${config.requestTimeoutMs / 1000} seconds. The token was not checked.`;
    case 'rate_limited':
      return error.retryAfter !== undefined
        ? `The API server is rate limiting this token. Try again in ${error.retryAfter} s.`
        : 'The API server is rate limiting this token. Try again in a minute.';
    case 'invalid_response':
      return `${error.message}. Is ${apiBaseUrl} the API's base URL? It usually ends in /api/v1.`;
    default:
      break;
  }
  if (error.status === 401) return `The token was rejected: ${error.message}`;
  if (error.status === 404 || error.status === 405) {
    return `${apiBaseUrl} has no /auth/me (HTTP ${error.status}). Is it the API's base URL? It usually ends in /api/v1.`;
  }
  return `The API server could not check the token (HTTP ${error.status}): ${error.message}`;
}
