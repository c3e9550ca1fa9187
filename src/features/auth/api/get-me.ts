import { api, getJson, type Credentials } from '@/lib/api-client';

/** Who the token belongs to; with explicit credentials it is the sign-in check. */
export function getMe(credentials?: Credentials, signal?: AbortSignal) {
  return getJson('Me', (init) => api.GET('/auth/me', init), { credentials, signal });
}
