import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import { useSession } from '@/lib/session';
import { useViewedOutputs } from '@/lib/viewed-outputs';
import { forgetCachedData } from './lib/forget-cached-data';

/** "Sign out": forget the token (here and in the other tabs), every cached response, and go to /signin. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(() => {
    useSession.getState().signOut();
    useViewedOutputs.getState().forget();
    forgetCachedData(queryClient);
    // Screens still mounted during the navigation may re-create queries: clear again once they are gone.
    void navigate({ to: '/signin', search: {} }).finally(() => forgetCachedData(queryClient));
  }, [navigate, queryClient]);
}
