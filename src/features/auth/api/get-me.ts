import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, getJson, type Credentials } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { needsMeRecheck, useSession } from '@/lib/session';

/** Who the token belongs to; with explicit credentials it is the sign-in check (a 401 then stays on the form). */
export function getMe(credentials?: Credentials, signal?: AbortSignal) {
  return getJson('Me', (init) => api.GET('/auth/me', init), { credentials, signal });
}

/**
 * A remembered session may be days old: when its `me` is stale, ask /auth/me who it is now (role and scopes can
 * change), at most once per ME_RECHECK_MS, so reloads spend no extra reads. A 401 here ends the session like any other.
 */
export function useRefreshMe() {
  const stale = useSession((s) => needsMeRecheck(s));
  const apiBaseUrl = useSession((s) => s.apiBaseUrl);
  const { data } = useQuery({
    queryKey: queryKeys.me(apiBaseUrl),
    queryFn: ({ signal }) => getMe(undefined, signal),
    enabled: stale,
    staleTime: Infinity,
    retry: false,
  });
  useEffect(() => {
    if (data) useSession.getState().updateMe(data);
  }, [data]);
}
