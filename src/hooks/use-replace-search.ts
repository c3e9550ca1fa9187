import { useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';

/** A change to the current URL: search params merged into the current ones (undefined removes one), a new hash. */
export type UrlChange<S extends object> = { search?: Partial<S>; hash?: string };

/**
 * What a screen's controls keep in the URL (a view, a filter, a line link) changes in place: the history entry is
 * replaced rather than pushed, the page keeps its scroll position and does not jump to the new hash. Without `search`
 * the search stays as it is; without `hash`, the hash.
 */
export function useReplaceSearch<S extends object>(): (change: UrlChange<S>) => void {
  const navigate = useNavigate();
  return useCallback(
    ({ search, hash }: UrlChange<S>) =>
      void navigate({
        to: '.',
        search: search ? (prev: Record<string, unknown>) => ({ ...prev, ...search }) : true,
        hash: hash ?? true,
        replace: true,
        resetScroll: false,
        hashScrollIntoView: false,
      }),
    [navigate],
  );
}
