// Bodies of the three file endpoints: OutputFile (with the 1 MiB inline cap) and Diff / UnifiedDiff (with the
// server's silent caps), computed from the fixture bytes. Every run's file routes (regular, hostile, platform-style,
// large outputs) build their bodies here.
import type { Diff, FileFormat, OutputFile, StorageStatus, UnifiedDiff } from './api-types';
import { decodeForDiff, toBase64 } from './bytes';
import { buildHunks, unifiedText, type HunkSet } from './diff-hunks';
import type { FileData } from './files';
import { diffLines, splitLines, type Line, type Matches } from './line-diff';

export const MAX_CONTENT_CHARS = 1_048_576;
/** The most raw bytes whose base64 fits in MAX_CONTENT_CHARS. */
const MAX_BASE64_BYTES = (MAX_CONTENT_CHARS / 4) * 3;

export type FileIds = { runId: number | null; sampleId: number; regressionId: number; outputId: number };

/** The ids a file body starts with. */
export const idFields = <R extends number | null>(ids: FileIds & { runId: R }) => ({
  run_id: ids.runId,
  sample_id: ids.sampleId,
  regression_id: ids.regressionId,
  output_id: ids.outputId,
});

/** An OutputFile; `downloadUrl` is where the whole file is when the content is cut. */
export function outputFileBody(
  ids: FileIds,
  filename: string,
  file: FileData,
  format: FileFormat,
  storage: StorageStatus,
  downloadUrl: string | null,
): OutputFile {
  const body: OutputFile = {
    ...idFields(ids),
    filename,
    content_type: file.contentType,
    encoding: 'base64',
    content: '',
    storage_status: storage,
  };
  // Lost in both storage backends: nothing to send, not even a hash.
  if (storage === 'missing') return body;

  let truncated = false;
  if (format === 'text' && file.text !== null) {
    body.encoding = 'utf-8';
    body.content = file.text;
    if (file.text.length > MAX_CONTENT_CHARS) {
      const cut = file.text.slice(0, MAX_CONTENT_CHARS);
      const last = cut.charCodeAt(cut.length - 1);
      body.content = last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
      truncated = true;
    }
  } else {
    truncated = file.bytes.length > MAX_BASE64_BYTES;
    body.content = toBase64(truncated ? file.bytes.subarray(0, MAX_BASE64_BYTES) : file.bytes);
  }
  body.sha256 = file.sha256();
  if (truncated) {
    body.truncated = true;
    body.download_url = downloadUrl;
  }
  return body;
}

type LineDiff = { expected: Line[]; actual: Line[]; matches: Matches };
const diffCache = new Map<string, LineDiff>();

function lineDiff(cacheKey: string, expected: FileData | null, actual: FileData): LineDiff {
  let cached = diffCache.get(cacheKey);
  if (!cached) {
    const e = expected ? splitLines(decodeForDiff(expected.bytes)) : [];
    const a = splitLines(decodeForDiff(actual.bytes));
    cached = { expected: e, actual: a, matches: diffLines(e, a) };
    diffCache.set(cacheKey, cached);
  }
  return cached;
}

export type DiffInput =
  | { kind: 'identical' }
  | { kind: 'missing_actual' }
  | { kind: 'different' | 'missing_expected'; cacheKey: string; expected: FileData | null; actual: FileData };

function hunkSet(input: DiffInput, context: number): HunkSet | null {
  if (input.kind === 'identical' || input.kind === 'missing_actual') return null;
  const { expected, actual, matches } = lineDiff(input.cacheKey, input.expected, input.actual);
  return buildHunks(expected, actual, matches, context);
}

export function diffBody(ids: FileIds & { runId: number }, input: DiffInput, context: number): Diff {
  const set = hunkSet(input, context);
  return {
    ...idFields(ids),
    status: input.kind,
    summary: set?.summary ?? { added_lines: 0, removed_lines: 0, changed_hunks: 0 },
    hunks: set?.hunks ?? [],
  };
}

/** The text of the unified diff between the two files, with these names in its header; '' when there is none. */
export function diffText(input: DiffInput, context: number, expectedName: string, actualName: string): string {
  const set = hunkSet(input, context);
  return set ? unifiedText(set, expectedName, actualName) : '';
}

export function unifiedBody(ids: FileIds & { runId: number }, content: string): UnifiedDiff {
  return { ...idFields(ids), format: 'unified', content };
}
