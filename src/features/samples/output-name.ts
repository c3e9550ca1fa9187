const STORED = /^([0-9a-f]{64})(.*)$/i;

/**
 * Expected files are stored as `<sample sha256><suffix><extension>`: the readable part is the suffix and
 * extension (".p1.svc01.srt"), the hash is the sample's and stays copyable.
 */
export function splitOutputName(filename: string): { hash: string | null; rest: string } {
  const match = STORED.exec(filename);
  if (!match?.[1]) return { hash: null, rest: filename };
  return { hash: match[1].toLowerCase(), rest: match[2] ?? '' };
}
