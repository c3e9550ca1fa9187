import { useQuery } from '@tanstack/react-query';
import { legacyPath } from '../legacy-path';
import type { LegacyLink } from '../parse-legacy-link';
import { resolveLegacyLink } from '../resolve-legacy-link';

/** Resolves an old link once per visit: the answer leads elsewhere at once, so it is not kept. */
export function useLegacyResolution(link: LegacyLink) {
  return useQuery({
    queryKey: ['legacy-link', legacyPath(link)],
    queryFn: ({ signal }) => resolveLegacyLink(link, signal),
    staleTime: 0,
    gcTime: 0,
  });
}
