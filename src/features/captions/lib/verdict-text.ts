// The verdict in words: one plain sentence above the diff, and a short label
// that groups failures in run lists ("38 timing shift +33 ms, 3 text changed").
import type { DiffPart, Verdict } from './classify';
import { formatNumber, plural } from '@/lib/format-count';
import { signedMs } from './format-number';

function lateOrEarly(ms: number): string {
  return ms >= 0 ? 'late' : 'early';
}

function ofCues(changed: number, total: number): string {
  return `${formatNumber(changed)} of ${plural(total, 'cue')}`;
}

function range(min: number, max: number): string {
  return min === max ? signedMs(min) : `${signedMs(min)} to ${signedMs(max)}`;
}

/** A part as a phrase that can stand alone (capitalised later) or sit in a "mixed" list. */
function partPhrase(part: DiffPart, v: Verdict): string {
  const total = v.expectedCues;
  switch (part.kind) {
    case 'timing_shift':
      return part.offsetMs === 0
        ? `${plural(part.changed, 'cue')} off by ${formatNumber(part.jitterMs)} ms`
        : `timing shifted ${formatNumber(Math.abs(part.offsetMs))} ms ${lateOrEarly(part.offsetMs)}`;
    case 'timing_drift':
      return `timing drifts from ${signedMs(part.firstOffsetMs)} to ${signedMs(part.lastOffsetMs)} ${lateOrEarly(part.lastOffsetMs)} across ${plural(part.paired, 'cue')}`;
    case 'timing_changed':
      return `timing differs in ${ofCues(part.changed, part.paired)} (${range(part.minDeltaMs, part.maxDeltaMs)})`;
    case 'text_changed':
      return `text changed in ${ofCues(part.changed, total)}`;
    case 'formatting_only':
      return `only tags or entities differ, in ${ofCues(part.changed, total)}`;
    case 'whitespace_only':
      return `only whitespace differs, in ${ofCues(part.changed, total)}`;
    case 'encoding_only': {
      const example = part.example ? ` (${part.example.expected} shows as ${part.example.actual})` : '';
      return `only the encoding of non-ASCII characters differs, in ${ofCues(part.changed, total)}${example}`;
    }
    case 'cues_split':
      return `${plural(part.split, 'cue')} split into ${formatNumber(part.into)}`;
    case 'cues_merged':
      return `${plural(part.merged, 'cue')} merged into ${formatNumber(part.into)}`;
    case 'cues_missing':
      return `${plural(part.missing, 'cue')} missing`;
    case 'extra_cues':
      return `${formatNumber(part.extra)} extra ${part.extra === 1 ? 'cue' : 'cues'}`;
  }
}

/** Whole-verdict sentences; special wording where the difference is the only one. */
function mainSentence(v: Verdict): string {
  const total = v.expectedCues;
  const all = `All ${plural(total, 'cue')}`;
  if (v.kind === 'identical') {
    if (total === 0) return 'Neither file has any cues';
    // Unreadable blocks, noted below, already explain a difference outside the cues.
    const unread = v.badBlocks.expected + v.badBlocks.actual > 0;
    return v.outside && !unread ? `${all} match; the files differ only outside the cues (numbering, header or notes)` : `${all} match`;
  }
  if (v.kind === 'not_captions') return v.side === 'expected' ? 'Not a caption file' : 'The actual output is not a caption file';
  if (v.kind === 'mixed') return `Mixed differences: ${v.parts.map((p) => partPhrase(p, v)).join(', ')}`;
  if (v.kind === 'timing_shift') {
    if (v.offsetMs === 0)
      return `${all} match but ${formatNumber(v.changed)} ${v.changed === 1 ? 'is' : 'are'} off by ${formatNumber(v.jitterMs)} ms`;
    return `${all} match but are ${formatNumber(Math.abs(v.offsetMs))} ms ${lateOrEarly(v.offsetMs)}`;
  }
  if (v.kind === 'whitespace_only' && v.changed === 0) return `${all} match; only line endings, blank lines or a byte-order mark differ`;
  if (v.kind === 'cues_missing' && v.missing === total && v.actualCues === 0) return `${all} missing: the actual file has no cues`;
  if (v.kind === 'extra_cues' && total === 0) return `${partPhrase(v, v)}: the expected file has no cues`;
  const phrase = partPhrase(v, v);
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

function badBlockNote({ badBlocks: { expected, actual } }: Verdict): string {
  if (expected > 0 && actual > 0)
    return `; ${plural(expected, 'block')} of the expected file and ${formatNumber(actual)} of the actual file could not be parsed`;
  if (expected > 0) return `; ${plural(expected, 'block')} of the expected file could not be parsed`;
  if (actual > 0) return `; ${plural(actual, 'block')} of the actual file could not be parsed`;
  return '';
}

/** One plain sentence, e.g. "All 412 cues match but are 33 ms late". */
export function verdictSentence(v: Verdict): string {
  return mainSentence(v) + badBlockNote(v);
}

/** A short label for lists, e.g. "timing shift +33 ms", "text changed". */
export function verdictLabel(v: Verdict): string {
  switch (v.kind) {
    case 'timing_shift':
      return v.offsetMs === 0 ? 'timing off by 1 ms' : `timing shift ${signedMs(v.offsetMs)}`;
    case 'timing_drift':
      return `timing drift ${signedMs(v.firstOffsetMs)} → ${signedMs(v.lastOffsetMs)}`;
    case 'identical':
      return v.outside ? 'same cues' : 'identical';
    case 'not_captions':
      return 'not captions';
    default:
      return v.kind.replaceAll('_', ' ');
  }
}
