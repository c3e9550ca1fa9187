// Helpers for the output screen's tests (never imported by the app).
import type { Schemas } from '@/lib/api-client';
import type { FileScenario } from '@/testing/mocks/scenarios';
import { TEST_API_BASE_URL } from '@/testing/mocks/node';
import { DEMO_MAINTAINER_TOKEN } from '@/testing/mocks/tokens';
import type { DecodedFile } from './hooks/use-decoded-file';
import { decodeOutputFile } from './lib/decode-content';

type OutputFile = Schemas['OutputFile'];

export function outputPath(s: FileScenario): string {
  return `/runs/${s.runId}/samples/${s.sampleId}/regressions/${s.regressionId}/outputs/${s.outputId}`;
}

/** What the demo backend answers, read the way the viewer reads it: the ground truth for assertions. */
export async function apiJson<T>(path: string): Promise<T> {
  const response = await fetch(`${TEST_API_BASE_URL}${path}`, { headers: { Authorization: `Bearer ${DEMO_MAINTAINER_TOKEN}` } });
  return (await response.json()) as T;
}

export function fetchDiff(s: FileScenario, context = 3): Promise<Schemas['Diff']> {
  return apiJson(
    `/runs/${s.runId}/samples/${s.sampleId}/diff?regression_id=${s.regressionId}&output_id=${s.outputId}&context_lines=${context}`,
  );
}

export function fetchFile(s: FileScenario, side: 'actual' | 'expected'): Promise<OutputFile> {
  return apiJson(`/runs/${s.runId}/samples/${s.sampleId}/${side}?regression_id=${s.regressionId}&output_id=${s.outputId}`);
}

export function outputFile(overrides: Partial<OutputFile> = {}): OutputFile {
  return {
    run_id: 4512,
    sample_id: 88,
    regression_id: 12,
    output_id: 3,
    filename: 'ccx_out.srt',
    content_type: 'application/x-subrip',
    encoding: 'utf-8',
    content: '',
    storage_status: 'ok',
    ...overrides,
  };
}

/** A decoded file as the screen holds it, from text (utf-8) or raw bytes (base64). */
export function decodedFile(content: string | Uint8Array, overrides: Partial<OutputFile> = {}): DecodedFile {
  const file =
    typeof content === 'string'
      ? outputFile({ content, ...overrides })
      : outputFile({ encoding: 'base64', content: Buffer.from(content).toString('base64'), ...overrides });
  return { file, decoded: decodeOutputFile(file) };
}
