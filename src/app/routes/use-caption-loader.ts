// The run and sample screens classify failing caption outputs; the files come through the outputs feature's queries.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { LoadCaptionTexts } from '@/features/captions/hooks/use-caption-verdict';
import { fetchOutputTexts } from '@/features/outputs/api/fetch-output-texts';

export function useCaptionLoader(): LoadCaptionTexts {
  const queryClient = useQueryClient();
  return useCallback((ref) => fetchOutputTexts(queryClient, ref), [queryClient]);
}
