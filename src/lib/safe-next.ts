// Browsers treat `\` like `/` and drop tabs and newlines inside URLs: any of them makes `next` unsafe.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
const UNSAFE_CHARACTERS = /[\\\u0000-\u001f\u007f]/;

/**
 * Where to go after sign-in: `next` only when it is a path on this origin, otherwise `/`.
 * Rejects protocol-relative (`//host`), schemes, backslash tricks and their encoded forms.
 */
export function safeNext(next: unknown, origin = globalThis.location?.origin ?? 'http://localhost'): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > 4096) return '/';
  if (!next.startsWith('/') || next.startsWith('//') || UNSAFE_CHARACTERS.test(next)) return '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(next);
  } catch {
    return '/';
  }
  if (decoded.startsWith('//') || UNSAFE_CHARACTERS.test(decoded.slice(0, 2))) return '/';
  if (/^\/[^/]*:/.test(decoded.split(/[?#]/)[0] ?? '')) return '/';
  try {
    const url = new URL(next, origin);
    if (url.origin !== origin) return '/';
    // Dot segments can collapse into `//host` (`/.//evil.example`, `/%2e//evil.example`): check the result too.
    const path = url.pathname + url.search + url.hash;
    return path.startsWith('/') && !path.startsWith('//') ? path : '/';
  } catch {
    return '/';
  }
}
