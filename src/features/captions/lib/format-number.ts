// Numbers for verdict sentences, the same in every locale so labels group and
// tests read the same: "1,200", "+33 ms", "-40 ms".

const NUMBER = new Intl.NumberFormat('en-US');

export function formatCount(value: number): string {
  return NUMBER.format(value);
}

/** `plural(3, 'cue')` → "3 cues". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

/** "+33 ms", "-40 ms", "0 ms". */
export function signedMs(ms: number): string {
  const sign = ms > 0 ? '+' : ms < 0 ? '-' : '';
  return `${sign}${formatCount(Math.abs(ms))} ms`;
}
