// One click, one request: a write (approve a baseline, run again, cancel) goes out once per submit, never twice
// for a double click or a second Enter while it is pending, and is never retried by itself, not even after a
// network failure. The user reads what happened and decides.
import { useMutation, type MutateOptions, type MutationFunctionContext, type UseMutationOptions } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { ApiError } from '@/lib/api-error';

type Options<TData, TVariables> = Omit<UseMutationOptions<TData, ApiError | Error, TVariables>, 'retry' | 'networkMode' | 'mutationFn'> & {
  mutationFn: (variables: TVariables, context: MutationFunctionContext) => Promise<TData>;
};

export function useSingleWrite<TData, TVariables>(options: Options<TData, TVariables>) {
  // Set before the request leaves and cleared when its answer (or failure) is in: a second submit in between,
  // even within the same event loop turn as the first (before React re-renders the button busy), sends nothing.
  const inFlight = useRef(false);
  const { mutationFn } = options;
  const mutation = useMutation<TData, ApiError | Error, TVariables>({
    ...options,
    retry: false,
    networkMode: 'always',
    mutationFn: async (variables, context) => {
      try {
        return await mutationFn(variables, context);
      } finally {
        inFlight.current = false;
      }
    },
  });
  const { mutate } = mutation;
  /** Sends the write unless one is on its way; true when it was sent. `callbacks`: this submit's own. */
  const submit = useCallback(
    (variables: TVariables, callbacks?: MutateOptions<TData, ApiError | Error, TVariables>): boolean => {
      if (inFlight.current) return false;
      inFlight.current = true;
      mutate(variables, callbacks);
      return true;
    },
    [mutate],
  );
  return { ...mutation, submit };
}
