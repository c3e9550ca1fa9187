// The bytes of every expected and actual file, made on first request and kept: a few KB for most outputs,
// about 0.7 MB for the 40,000-line fixtures and 1.5 MB for the one the API must truncate.
import { decodeUtf8Text, utf16leWithBom, utf8, windows1252 } from './bytes';
import { captionFixture } from './caption-scenarios';
import { makeCues, mutate, render, type Cue, type Mutation, type RenderOptions } from './captions';
import { NEWS_LINES } from './caption-phrases';
import { getCatalog, type OutputDef } from './catalog';
import { memo, rng } from './prng';
import type { CaptionContent } from './scenario-tests';
import { sha256Hex } from './sha256';

export type FileData = { bytes: Uint8Array; contentType: string; text: string | null; sha256: () => string };

const CONTENT_TYPES: Record<string, string> = {
  '.srt': 'application/x-subrip',
  '.vtt': 'text/vtt',
  '.ass': 'text/x-ssa',
  '.txt': 'text/plain',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
};

function fileData(output: OutputDef, bytes: Uint8Array): FileData {
  const unconfirmed = output.scenario?.unconfirmedText === true;
  let hash: string | undefined;
  return {
    bytes,
    contentType: unconfirmed ? 'application/octet-stream' : (CONTENT_TYPES[output.extension] ?? 'application/octet-stream'),
    // The server confirms text only for valid UTF-8 without NULs (and not for every such file).
    text: unconfirmed ? null : decodeUtf8Text(bytes),
    sha256: () => (hash ??= sha256Hex(bytes)),
  };
}

function recordingStart(output: OutputDef): number {
  const name = getCatalog().sample(output.sampleId)?.originalName ?? '';
  const date = /(\d{4})-(\d{2})-(\d{2})/.exec(name);
  return date ? Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]), 3, 0, 0) : Date.UTC(2016, 1, 11, 3, 0, 0);
}

const cuesOf = memo((output: OutputDef): Cue[] => {
  const spec = output.content as CaptionContent;
  return makeCues(`cues ${output.id}`, spec.cues, spec.style);
});

function encodeCaptions(output: OutputDef, cues: readonly Cue[], overrides: Partial<RenderOptions> = {}): Uint8Array {
  const spec = output.content as CaptionContent;
  const options: RenderOptions = {
    eol: spec.eol,
    mode: spec.mode,
    xds: spec.xds,
    baseEpochMs: recordingStart(output),
    title: getCatalog().sample(output.sampleId)?.originalName,
    ...overrides,
  };
  const text = render(spec.format, cues, options);
  if (spec.encoding === 'windows-1252') return windows1252(text);
  if (spec.encoding === 'utf-16le-bom') return utf16leWithBom(text);
  return utf8(text);
}

/** A regression the generic fixtures show: picked per (mutation key, output) so a key always breaks a file the same way. */
function genericMutations(key: string, output: OutputDef): Mutation[] {
  const r = rng(`mutation ${key} ${output.id}`);
  const n = (output.content as CaptionContent).cues;
  const at = r.int(1, n - 2);
  switch (r.int(0, 5)) {
    case 0:
      return [{ kind: 'shift', ms: 33 }];
    case 1:
      return [{ kind: 'word', cue: at }];
    case 2:
      return [{ kind: 'extra', cue: at, text: r.pick(['[ MUSIC ]', '♪♪', '>>', '( INAUDIBLE )']) }];
    case 3:
      return [{ kind: 'drop', cue: at }];
    case 4:
      return [{ kind: 'strip-tags' }, { kind: 'word', cue: at }];
    default:
      return [{ kind: 'shift', ms: -33, from: at, to: Math.min(n, at + 6) }];
  }
}

/** Raw CEA-608 data as `--out=raw` writes it: a header, then timestamped byte pairs, with plenty of NULs. */
function rawBytes(seed: string, changes: number): Uint8Array {
  const r = rng(seed);
  const out = new Uint8Array(9_000);
  out.set([0xcc, 0xcc, 0xed, 0xcc, 0x00, 0x50, 0x00, 0x02, 0x00, 0x00, 0x00], 0);
  for (let i = 11; i < out.length; i += 3) {
    const padding = r.chance(0.55);
    out[i] = r.pick([0x04, 0x05, 0xfc, 0xfd]);
    out[i + 1] = padding ? 0x80 : r.pick([0x0a, 0x14, 0x20, 0x2c, 0x41, 0x45, 0x4e, 0x54, 0x00, 0x94, 0xad]);
    out[i + 2] = padding ? 0x80 : r.pick([0x00, 0x0a, 0x20, 0x2f, 0x49, 0x4f, 0x52, 0x53, 0x97, 0xae]);
  }
  const c = rng(`${seed} changes`);
  for (let k = 0; k < changes; k++) out[c.int(100, out.length - 1)] = c.pick([0x00, 0x0a, 0x41, 0x80]);
  return out;
}

/** The `capped` transcript: a 1,500-character line, a 300-line changed block and 700 scattered changed lines. */
function cappedText(actual: boolean): string {
  const r = rng('capped transcript');
  const lines: string[] = [];
  const stamp = (ms: number) => {
    const d = new Date(Date.UTC(2014, 2, 4, 14, 0, 0) + ms);
    const p = (n: number, w = 2) => String(n).padStart(w, '0');
    return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`;
  };
  let t = 1_001;
  for (let i = 0; i < 6_400; i++) {
    const length = r.int(1_200, 4_400);
    let start = t;
    let text = r.pick(NEWS_LINES);
    if (i === 4) {
      const sentence = 'Senate floor proceedings, including debate on the appropriations bill, votes on amendments and morning business. ';
      text = `Program description: ${sentence.repeat(14)}`.slice(0, 1_470);
      if (actual) text = text.replace('appropriations', 'apropriations');
      lines.push(`${stamp(start)}|${stamp(start)}|XDS|${text}`);
      t += 33;
      continue;
    }
    if (actual && ((i >= 100 && i < 400) || (i >= 500 && (i - 500) % 8 === 0 && i < 500 + 8 * 700))) start += 33;
    lines.push(`${stamp(start)}|${stamp(start + length)}|CC1|${text}`);
    t += length + r.int(30, 300);
  }
  return lines.join('\r\n') + '\r\n';
}

export const expectedFile = memo((output: OutputDef): FileData | null => {
  if (!output.hasBaseline) return null;
  return fileData(output, baseBytes(output));
});

function baseBytes(output: OutputDef): Uint8Array {
  switch (output.content.kind) {
    case 'raw':
      return rawBytes(`raw ${output.id}`, 0);
    case 'capped':
      return utf8(cappedText(false));
    case 'fixture':
      return utf8(captionFixture(output.content.fixture).expected);
    case 'captions':
      return encodeCaptions(output, cuesOf(output));
  }
}

const actualCache = new Map<string, FileData>();

/** The file a run produced for an output that differs ("scenario" or a mutation key) or has no baseline. */
export function actualFile(output: OutputDef, key: string): FileData {
  const cacheKey = `${output.id}:${key}`;
  const cached = actualCache.get(cacheKey);
  if (cached) return cached;
  let bytes: Uint8Array;
  if (output.content.kind === 'raw') bytes = rawBytes(`raw ${output.id}`, 12);
  else if (output.content.kind === 'capped') bytes = utf8(cappedText(true));
  else if (output.content.kind === 'fixture') bytes = utf8(captionFixture(output.content.fixture).actual);
  else if (key === 'scenario') {
    const actual = output.scenario?.actual;
    bytes = actual ? encodeCaptions(output, mutate(cuesOf(output), actual.mutations), actual.render) : baseBytes(output);
  } else bytes = encodeCaptions(output, mutate(cuesOf(output), genericMutations(key, output)));
  const file = fileData(output, bytes);
  actualCache.set(cacheKey, file);
  return file;
}

/** Hashes of an output's accepted variants (alternative expected files). */
export function variantHashes(output: OutputDef): { id: number; hash: string }[] {
  return output.variants.map((variant) => ({
    id: variant.id,
    hash: sha256Hex(encodeCaptions(output, mutate(cuesOf(output), variant.mutations))),
  }));
}
