import type { OutputRef } from '@/lib/query-keys';
import { actualQueryOptions } from './get-actual';
import { diffQueryOptions } from './get-diff';
import { expectedQueryOptions } from './get-expected';

/** The three requests of an output: the screen's, and its route loader's, which starts them with the screen's code. */
export const outputQueries = (ref: OutputRef, context: number) =>
  [diffQueryOptions(ref, context), actualQueryOptions(ref), expectedQueryOptions(ref)] as const;
