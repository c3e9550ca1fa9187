import type { QueryClient } from '@tanstack/react-query';
import type { OutputRef } from '@/lib/query-keys';
import { decodeOutputFile } from '../lib/decode-content';
import { actualQueryOptions } from './get-actual';
import { expectedQueryOptions } from './get-expected';

/** Both files of a differing output as text, or why not: what the run and sample screens classify. */
export type OutputTexts = { kind: 'texts'; expected: string; actual: string } | { kind: 'unavailable'; reason: string };

/** Through the query cache, so opening the output afterwards downloads nothing again. */
export async function fetchOutputTexts(queryClient: QueryClient, ref: OutputRef): Promise<OutputTexts> {
  const [expected, actual] = await Promise.all([
    queryClient.fetchQuery(expectedQueryOptions(ref)),
    queryClient.fetchQuery(actualQueryOptions(ref)),
  ]);
  if (expected.kind !== 'file') return { kind: 'unavailable', reason: 'no expected baseline' };
  if (actual.kind !== 'differs') return { kind: 'unavailable', reason: actual.kind === 'matched' ? 'the output matches' : 'no output' };
  if (expected.file.truncated || actual.file.truncated) return { kind: 'unavailable', reason: 'a file was cut at 1 MiB' };
  const e = decodeOutputFile(expected.file);
  const a = decodeOutputFile(actual.file);
  if (e.kind !== 'text' || a.kind !== 'text') return { kind: 'unavailable', reason: 'not text' };
  return { kind: 'texts', expected: e.text, actual: a.text };
}
