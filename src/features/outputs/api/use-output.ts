import { useQueries } from '@tanstack/react-query';
import type { OutputRef } from '@/lib/query-keys';
import { outputState } from '../output-state';
import { actualQueryOptions } from './get-actual';
import { diffQueryOptions } from './get-diff';
import { expectedQueryOptions } from './get-expected';

/** The three requests of the output screen, in parallel (no waterfall), folded into one state. */
export function useOutput(ref: OutputRef, context: number) {
  const [diff, actual, expected] = useQueries({
    queries: [diffQueryOptions(ref, context), actualQueryOptions(ref), expectedQueryOptions(ref)],
  });
  return { diff, actual, expected, state: outputState(diff.data, actual.data, expected.data) };
}
