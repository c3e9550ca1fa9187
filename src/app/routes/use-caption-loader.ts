// The run and sample screens classify failing caption outputs; the files come through the outputs feature's queries.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { LoadCaptionTexts } from '@/features/captions/hooks/use-caption-verdict';
import { fetchOutputTexts } from '@/features/outputs/api/fetch-output-texts';
import { missingScopes, REQUIRED_SCOPES, useSession } from '@/lib/session';

/** How a screen loads an output's files for its caption label, or null when the token may not read files at all. */
export function useCaptionLoader(): LoadCaptionTexts | null {
  const queryClient = useQueryClient();
  const load = useCallback<LoadCaptionTexts>((ref) => fetchOutputTexts(queryClient, ref), [queryClient]);
  // Without results:read every download would be refused (the scope notice says so once): label nothing.
  const canReadFiles = useSession((state) => !missingScopes(state.me).includes(REQUIRED_SCOPES.results));
  return canReadFiles ? load : null;
}
