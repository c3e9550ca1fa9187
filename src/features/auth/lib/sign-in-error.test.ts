import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { signInErrorText } from './sign-in-error';

const BASE = 'https://api.example/api/v1';

describe('signInErrorText', () => {
  it("shows the server's message for a rejected token", () => {
    const error = new ApiError({ status: 401, code: 'unauthorized', message: 'Token expired on 2026-01-01.' });
    expect(signInErrorText(error, BASE)).toBe('The token was rejected: Token expired on 2026-01-01.');
  });

  it('says an unreachable server is unreachable, naming the URL, not that the token is wrong', () => {
    const error = new ApiError({ status: 0, code: 'network_error', message: 'Could not reach https://api.example' });
    const text = signInErrorText(error, BASE);
    expect(text).toContain(`Could not reach the API server at ${BASE}`);
    expect(text).toContain('CORS');
    expect(text).not.toMatch(/rejected|wrong token|invalid token/i);
  });

  it('points at the base URL when the server is not the API', () => {
    const notJson = new ApiError({
      status: 200,
      code: 'invalid_response',
      message: 'The API answered /auth/me with a body that is not JSON',
    });
    expect(signInErrorText(notJson, BASE)).toContain('Is https://api.example/api/v1 the API');
    const missing = new ApiError({ status: 404, code: 'http_error', message: 'The API answered 404 Not Found with an HTML page' });
    expect(signInErrorText(missing, BASE)).toContain('has no /auth/me (HTTP 404)');
  });

  it('names the wait when rate limited, and the status of other failures', () => {
    expect(signInErrorText(new ApiError({ status: 429, code: 'rate_limited', message: 'x', retryAfter: 30 }), BASE)).toContain(
      'Try again in 30 s',
    );
    expect(signInErrorText(new ApiError({ status: 503, code: 'http_error', message: 'Maintenance' }), BASE)).toBe(
      'The API server could not check the token (HTTP 503): Maintenance',
    );
  });
});
