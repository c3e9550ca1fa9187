// Stored output names are `<sample sha256><suffix><extension>` ("…b8d8.p1.svc01.srt").
const STORED = /^([0-9a-f]{64})(.*)$/i;

/** The sample hash (kept copyable) and the readable suffix and extension of a stored name. */
export function splitOutputName(filename: string): { hash: string | null; rest: string } {
  const match = STORED.exec(filename);
  if (!match?.[1]) return { hash: null, rest: filename };
  return { hash: match[1].toLowerCase(), rest: match[2] ?? '' };
}

/** The name a person recognises: the sample's name (without its extension) in place of the hash. */
export function readableOutputName(filename: string, sampleName: string | null | undefined): string {
  const { hash, rest } = splitOutputName(filename);
  if (!sampleName || hash === null) return filename;
  return sampleName.replace(/\.[A-Za-z0-9]{1,5}$/, '') + rest;
}

/** The readable name of a regression test's expected file: the sample's name with the output's suffix and extension. */
export function baselineName(
  baseline: { expected_filename: string; correct_extension: string },
  sampleName: string | null | undefined,
): string {
  const stem = sampleName ? sampleName.replace(/\.[A-Za-z0-9]{1,5}$/, '') : 'expected';
  return `${stem}${baseline.expected_filename}${baseline.correct_extension}`;
}
