// Stored output names are `<sample sha256><suffix><extension>`: show the sample's name in place of the hash.
const SHA_PREFIX = /^[0-9a-f]{64}/i;

export function readableOutputName(filename: string, sampleName: string | null | undefined): string {
  if (!sampleName || !SHA_PREFIX.test(filename)) return filename;
  const stem = sampleName.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return stem + filename.slice(64);
}
