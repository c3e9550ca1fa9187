// Build-time configuration, with the defaults of the API contract.
export type FileRouteStyle = 'query' | 'path';

export const PRODUCTION_API_BASE_URL = 'https://sampleplatform.ccextractor.org/api/v1';

export const config = {
  apiBaseUrl: normalizeBaseUrl(import.meta.env.VITE_API_BASE_URL || PRODUCTION_API_BASE_URL),
  fileRoutes: (import.meta.env.VITE_API_FILE_ROUTES === 'path' ? 'path' : 'query') as FileRouteStyle,
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
