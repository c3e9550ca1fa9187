import { useQueries } from '@tanstack/react-query';
import type { OutputRef } from '@/lib/query-keys';
import { outputState, type OutputContext } from '../output-state';
import { outputQueries } from './output-queries';

/** The three requests of the output screen, in parallel (no waterfall), folded into one state. */
export function useOutput(ref: OutputRef, context: number, facts: Omit<OutputContext, 'outputId' | 'errors'> = {}) {
  const [diff, actual, expected] = useQueries({ queries: outputQueries(ref, context) });
  const errors = { diff: diff.error, actual: actual.error, expected: expected.error };
  return {
    diff,
    actual,
    expected,
    state: outputState(diff.data, actual.data, expected.data, { ...facts, outputId: ref.outputId, errors }),
  };
}
