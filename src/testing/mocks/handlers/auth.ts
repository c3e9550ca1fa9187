// Who the token belongs to: the one route any valid token may call.
import { http, HttpResponse, type HttpHandler } from 'msw';
import { endpoint } from './endpoint';

export function authHandlers(base: string): HttpHandler[] {
  return [
    http.get(
      `${base}/auth/me`,
      endpoint('signed-in', ({ user }) => HttpResponse.json(user)),
    ),
  ];
}
