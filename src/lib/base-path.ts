// The path the app is served under: `/` (the root of an origin), or a sub-path chosen at build time with Vite's
// `--base` (`vite build --base=/viewer/`, beside the platform on its own origin). The router works with in-app paths
// (`/runs/1`); the address bar, links and copied URLs hold browser paths (`/viewer/runs/1`). These helpers convert.

/**
 * A base as `/` or `/path/` (leading and trailing slash). A relative base (`./`, empty) or a full URL cannot hold
 * deep links (the browser resolves assets against the deep path), so routing treats them as the root.
 */
export function normalizeBase(base: string | undefined): string {
  if (!base || !base.startsWith('/') || base.startsWith('//')) return '/';
  const trimmed = base.replace(/\/+$/, '');
  return trimmed ? `${trimmed}/` : '/';
}

/** What this build was given with `--base`: `/` or `/viewer/`. */
export const APP_BASE = normalizeBase(import.meta.env.BASE_URL);

/** The router's `basepath`: `/` at the root, `/viewer` under a sub-path. */
export function routerBasepath(base = APP_BASE): string {
  return base === '/' ? '/' : base.slice(0, -1);
}

/**
 * A browser path (pathname, query and hash) as the app's routes see it: `/viewer/runs/1?x#y` → `/runs/1?x#y`,
 * `/viewer` → `/`. The base is matched without regard to case, as the router matches it. A path outside the base
 * stays as it is (the router shows it as not found).
 */
export function toAppPath(browserPath: string, base = APP_BASE): string {
  if (base === '/') return browserPath;
  const prefix = base.slice(0, -1).toLowerCase();
  const end = browserPath.search(/[?#]/);
  const pathname = end === -1 ? browserPath : browserPath.slice(0, end);
  const rest = end === -1 ? '' : browserPath.slice(end);
  const lower = pathname.toLowerCase();
  if (lower === prefix) return `/${rest}`;
  if (lower.startsWith(`${prefix}/`)) return `${pathname.slice(prefix.length)}${rest}`;
  return browserPath;
}

/** An in-app path as the browser shows it: `/runs/1` → `/viewer/runs/1`, `/` → `/viewer/`. */
export function toBrowserPath(appPath: string, base = APP_BASE): string {
  if (base === '/') return appPath;
  return `${base}${appPath.replace(/^\/+/, '')}`;
}

/** A file of public/ (copied to the build's root), wherever the build is served: `favicon.svg` → `/viewer/favicon.svg`. */
export function publicAsset(name: string, base = APP_BASE): string {
  return `${base}${name.replace(/^\/+/, '')}`;
}
