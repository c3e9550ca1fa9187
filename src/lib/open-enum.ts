// Statuses are open enums (src/api/openapi.yaml, `x-open-enum`): a server may send a value the viewer does not
// know. It reaches the screen as it came, marked "unknown status", and a console warning says so once.
import { knownValues } from '@/api/open-enums';

export type OpenEnum = keyof typeof knownValues;
export type Known<K extends OpenEnum> = (typeof knownValues)[K][number];

const warned = new Set<string>();

/** The value when the viewer knows it; otherwise undefined, and a warning (once per value). */
export function known<K extends OpenEnum>(kind: K, value: string): Known<K> | undefined {
  if ((knownValues[kind] as readonly string[]).includes(value)) return value as Known<K>;
  const key = `${kind}:${value}`;
  if (!warned.has(key)) {
    warned.add(key);
    console.warn(`The API sent a ${kind} the viewer does not know: ${JSON.stringify(value)}. It is shown as it came.`);
  }
  return undefined;
}

/** How an unknown value reads wherever a status word would stand. */
export function unknownStatusWord(value: string): string {
  return `${value} (unknown status)`;
}

/** The word of a status: its own for a known value, the value as it came, marked, for any other. */
export function statusWord<K extends OpenEnum>(kind: K, words: Record<Known<K>, string>, value: string): string {
  const knownValue = known(kind, value);
  return knownValue === undefined ? unknownStatusWord(value) : words[knownValue];
}
