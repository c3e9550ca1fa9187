// Build-time configuration, with the defaults of the API contract.
import { APP_BASE } from './base-path';

export type FileRouteStyle = 'query' | 'path';
/** `auto`: learn the style from the server's first file answer (features/outputs/api/route-style.ts). */
export type FileRouteSetting = FileRouteStyle | 'auto';

export function parseFileRouteSetting(value: unknown): FileRouteSetting {
  return value === 'path' || value === 'query' ? value : 'auto';
}

export const PRODUCTION_API_BASE_URL = 'https://sampleplatform.ccextractor.org/api/v1';

/**
 * The API server the sign-in form offers. `VITE_API_BASE_URL` when the build sets it; otherwise, for a build served
 * under a sub-path (`vite build --base=/viewer/`), the same origin's `/api/v1`: such a build lives beside the
 * platform on its own origin, whose server sends no CORS headers, so another origin could not be reached anyway.
 * At the root, the production platform.
 */
export function defaultApiBaseUrl({
  configured,
  base,
  origin,
}: {
  configured: string | undefined;
  base: string;
  origin: string | undefined;
}): string {
  if (configured?.trim()) return normalizeBaseUrl(configured);
  if (base !== '/' && origin && /^https?:\/\//.test(origin)) return normalizeBaseUrl(new URL('/api/v1', origin).href);
  return PRODUCTION_API_BASE_URL;
}

export const config = {
  apiBaseUrl: defaultApiBaseUrl({ configured: import.meta.env.VITE_API_BASE_URL, base: APP_BASE, origin: globalThis.location?.origin }),
  // Unset: learned per server. `query` or `path` overrides it for every user of the build.
  fileRoutes: parseFileRouteSetting(import.meta.env.VITE_API_FILE_ROUTES),
  demo: import.meta.env.DEV || import.meta.env.VITE_DEMO === 'true',
  // 30 s; the e2e build sets VITE_REQUEST_TIMEOUT_MS so a "slow" fault can outlast it quickly.
  requestTimeoutMs: Number(import.meta.env.VITE_REQUEST_TIMEOUT_MS) > 0 ? Number(import.meta.env.VITE_REQUEST_TIMEOUT_MS) : 30_000,
};

export function normalizeBaseUrl(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

/** An http(s) URL the API can live at, or an error message in plain words. */
export function validateApiBaseUrl(value: string): { url: string } | { error: string } {
  const trimmed = value.trim();
  if (!trimmed) return { error: 'Enter the API server URL, for example https://sampleplatform.ccextractor.org/api/v1' };
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return { error: 'The API server must be a full http:// or https:// URL' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { error: 'The API server must be a full http:// or https:// URL' };
  }
  if (parsed.username || parsed.password) return { error: 'Put the token in "API token", not in the URL' };
  if (parsed.search || parsed.hash) return { error: 'The API server URL cannot have a query or a fragment' };
  return { url: normalizeBaseUrl(parsed.href) };
}
