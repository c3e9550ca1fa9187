// Plain-English counts for messages: "1,204 hunks", "1 line".

const NUMBER = new Intl.NumberFormat('en-US');

export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** `plural(12, 'line')` → "12 lines"; pass the plural when it is not just +s. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}
