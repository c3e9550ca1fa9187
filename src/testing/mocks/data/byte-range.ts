// One `Range: bytes=…` header against a file: what the demo's media answers (handlers/media.ts) and the HTTP mock's
// storage server (scripts/lib/media-server.ts) both read.

/** [start, end] inclusive, 'unsatisfiable' (416), or null: no range, or one answered whole (several ranges, another unit). */
export function parseRange(header: string | null | undefined, size: number): [number, number] | 'unsatisfiable' | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0) return 'unsatisfiable';
    return [Math.max(0, size - suffix), size - 1];
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return [start, end];
}
