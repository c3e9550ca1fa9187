// Links to the sample platform's old server-rendered pages, from years of bug reports and PR comments.
export const LEGACY_HOSTS = ['sampleplatform.ccextractor.org', 'spdev.ccextractor.org', 'ccextractor.canihavesome.coffee'];

export type LegacyLink =
  | { kind: 'run'; runId: number }
  | { kind: 'output'; runId: number; regressionTestId: number; outputId: number }
  | { kind: 'commit'; sha: string }
  | { kind: 'master'; platform: 'linux' | 'windows' }
  | { kind: 'version'; version: string }
  | { kind: 'sample'; sampleId: number }
  | { kind: 'sample-sha'; sha: string }
  | { kind: 'regression'; regressionTestId: number };

const ID = '([1-9]\\d{0,9})';

const PATTERNS: Array<[RegExp, (m: string[]) => LegacyLink]> = [
  [new RegExp(`^/test/${ID}$`), (m) => ({ kind: 'run', runId: Number(m[1]) })],
  [
    new RegExp(`^/test/diff/${ID}/${ID}/${ID}(?:/0)?$`),
    (m) => ({ kind: 'output', runId: Number(m[1]), regressionTestId: Number(m[2]), outputId: Number(m[3]) }),
  ],
  [/^\/test\/commit\/([0-9a-f]{40})$/i, (m) => ({ kind: 'commit', sha: (m[1] ?? '').toLowerCase() })],
  [/^\/test\/master\/(linux|windows)$/i, (m) => ({ kind: 'master', platform: (m[1] ?? '').toLowerCase() as 'linux' | 'windows' })],
  [/^\/test\/ccextractor\/v?(\d+(?:\.\d+){1,2})$/i, (m) => ({ kind: 'version', version: m[1] ?? '' })],
  [new RegExp(`^/sample/${ID}$`), (m) => ({ kind: 'sample', sampleId: Number(m[1]) })],
  [/^\/sample\/([0-9a-f]{64})$/i, (m) => ({ kind: 'sample-sha', sha: (m[1] ?? '').toLowerCase() })],
  [new RegExp(`^/regression/test/${ID}/view$`), (m) => ({ kind: 'regression', regressionTestId: Number(m[1]) })],
];

/** Reads a full URL on a sample-platform host, or a bare path; null when it is not such a link. */
export function parseLegacyLink(input: string): LegacyLink | null {
  const trimmed = input.trim();
  if (!trimmed || trimmed.length > 2048) return null;
  let path: string;
  if (trimmed.startsWith('/')) {
    if (trimmed.startsWith('//')) return null;
    path = trimmed;
  } else {
    let url: URL;
    try {
      url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
    } catch {
      return null;
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !LEGACY_HOSTS.includes(url.hostname.toLowerCase())) return null;
    path = url.pathname;
  }
  path = path.split(/[?#]/)[0]?.replace(/\/+$/, '') ?? '';
  for (const [pattern, build] of PATTERNS) {
    const match = pattern.exec(path);
    if (match) return build([...match]);
  }
  return null;
}
