// A run compared with its base run (ui.md "Compared with the base run"): which failures this change caused.
import { readableOutputName } from '@/lib/output-name';
import { exitCodeMismatch, isFailing, outputStatusWord, resultVerdict, type RunSample, type Verdict } from '@/lib/result-status';

/** The classes of a result against the base run, in their order on screen (new failures first). */
export const BASE_CLASSES = ['new', 'already', 'not-in-base', 'fixed'] as const;
/** A result that passes in both runs has none. */
export type BaseClass = (typeof BASE_CLASSES)[number];

export const BASE_CLASS_WORDS: Record<BaseClass, string> = {
  new: 'new failure',
  already: 'already failing',
  fixed: 'fixed',
  'not-in-base': 'not in base',
};

/** Plural words for the counts that lead the run screen. */
export const BASE_CLASS_COUNT_WORDS: Record<BaseClass, string> = {
  new: 'new failures',
  already: 'already failing',
  fixed: 'fixed',
  'not-in-base': 'not in base',
};

export type BaseComparison = {
  class: BaseClass;
  /** For "already failing": how the failure changed since the base run ("was missing output"); else null. */
  changed: string | null;
  /** For "not in base": why the base says nothing (no such result, or it did not run there). */
  reason: string | null;
};

export type RunComparison = {
  byRegression: ReadonlyMap<number, BaseComparison>;
  counts: Record<BaseClass, number>;
};

/** A base result with no outcome (skipped, not started, still running, unknown) cannot tell new from old. */
const NO_OUTCOME: Partial<Record<Verdict, string>> = {
  skipped: 'skipped in the base run',
  not_started: 'not started in the base run',
  running: 'still running in the base run',
  unknown: 'an unknown status in the base run',
};

/** What differs between two failures of one regression test, in a maintainer's words; null when nothing does. */
export function failureChange(here: RunSample, base: RunSample): string | null {
  const changes: string[] = [];
  const hereVerdict = resultVerdict(here);
  const baseVerdict = resultVerdict(base);
  if (hereVerdict !== baseVerdict) changes.push(baseVerdict === 'missing_output' ? 'was missing output' : 'was failing with output');
  if (exitCodeMismatch(here) || exitCodeMismatch(base)) {
    if (here.exit_code !== base.exit_code) changes.push(`exit code ${here.exit_code ?? '?'}, was ${base.exit_code ?? '?'}`);
  }
  const baseOutputs = new Map(base.outputs.map((output) => [output.filename, output.status]));
  for (const output of here.outputs) {
    const before = baseOutputs.get(output.filename);
    if (before !== undefined && before !== output.status) {
      const name = readableOutputName(output.filename, here.sample_name);
      changes.push(`${name} ${outputStatusWord(output.status)}, was ${outputStatusWord(before)}`);
    }
  }
  return changes.length ? changes.join('; ') : null;
}

function classify(here: RunSample, base: RunSample | undefined): BaseComparison | null {
  const failing = isFailing(resultVerdict(here));
  if (!base) return failing ? { class: 'not-in-base', changed: null, reason: 'no such result in the base run' } : null;
  const baseVerdict = resultVerdict(base);
  if (failing) {
    if (isFailing(baseVerdict)) return { class: 'already', changed: failureChange(here, base), reason: null };
    if (baseVerdict === 'pass') return { class: 'new', changed: null, reason: null };
    return { class: 'not-in-base', changed: null, reason: NO_OUTCOME[baseVerdict] ?? null };
  }
  if (resultVerdict(here) === 'pass' && isFailing(baseVerdict)) return { class: 'fixed', changed: null, reason: null };
  return null;
}

/** Every result of this run against the base run's, keyed by regression test (one result each). */
export function compareWithBase(results: readonly RunSample[], baseResults: readonly RunSample[]): RunComparison {
  const base = new Map(baseResults.map((result) => [result.regression_test_id, result]));
  const byRegression = new Map<number, BaseComparison>();
  const counts: Record<BaseClass, number> = { new: 0, already: 0, fixed: 0, 'not-in-base': 0 };
  for (const result of results) {
    const comparison = classify(result, base.get(result.regression_test_id));
    if (!comparison) continue;
    byRegression.set(result.regression_test_id, comparison);
    counts[comparison.class] += 1;
  }
  return { byRegression, counts };
}
