// Build-time hardening for `vite build` (never the dev server, which needs inline scripts for HMR):
//  - a Content-Security-Policy <meta> as the first element of <head>;
//  - no MSW service worker script (public/mockServiceWorker.js) in builds without the demo backend.
//
// Why each directive (docs/deploy.md has the header version for nginx, which can also say frame-ancestors):
//  script-src 'self'          only the bundle's own files: no inline script, no eval, no javascript: URLs.
//  connect-src                the API is chosen at sign-in ("API server"), and a <meta> policy cannot change at run
//                             time, so it allows the configured API origin, any https: origin (a self-hosted platform)
//                             and plain http only on loopback (a local platform, http://localhost:5000/api/v1).
//                             A build under a sub-path (`--base=/viewer/`) without VITE_API_BASE_URL talks to its own
//                             origin's /api/v1 (src/lib/config.ts): 'self', whatever its scheme, and no production origin.
//                             The token goes only to the server the user typed; a deployment that wants one API
//                             origin only adds a stricter header (browsers enforce every policy they get).
//  worker-src 'self' blob:    react-diff-viewer-continued starts its diff worker from a blob: URL; the demo build's
//                             MSW worker is a file on this origin.
//  style-src 'unsafe-inline'  emotion (inside react-diff-viewer-continued) inserts <style> elements at run time and
//                             a static site has no per-response nonce to give it. Styles cannot run script, and the
//                             app never puts data into style attributes.
//  img-src 'self' data:       the favicon and CSS data: URIs; no image from data is ever loaded.
//  media-src                  the sample's video beside the cue view: the storage origin of the API's signed URLs
//                             (VITE_STORAGE_ORIGIN, by default the platform's cloud storage), blob: for the caption
//                             tracks built in the browser and the MediaSource of an MPEG-TS sample, and 'self' for
//                             the demo's bundled test pattern.
//  object-src 'none', base-uri 'self', form-action 'self'   no plugins, no <base> hijack, no form posting elsewhere.
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

export const PRODUCTION_API_BASE_URL = 'https://sampleplatform.ccextractor.org/api/v1';
/** Where the platform's signed download URLs point: its cloud storage (Google Cloud Storage). */
export const PRODUCTION_STORAGE_ORIGIN = 'https://storage.googleapis.com';

/** The origin of an API base URL, or null for something that is not an http(s) URL. */
export function apiOrigin(baseUrl: string | undefined): string | null {
  try {
    const url = new URL(baseUrl || PRODUCTION_API_BASE_URL);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The policy of a build. `base` is Vite's `base` (`/` or `/viewer/`): under a sub-path the default API server is
 * this origin ('self'), at the root the production platform (the defaults of src/lib/config.ts).
 */
export function contentSecurityPolicy({
  apiBaseUrl,
  base = '/',
  storageOrigin,
}: { apiBaseUrl?: string; base?: string; storageOrigin?: string } = {}): string {
  const sameOriginDefault = !apiBaseUrl?.trim() && isSubPath(base);
  const origin = sameOriginDefault ? null : apiOrigin(apiBaseUrl);
  const storage = apiOrigin(storageOrigin?.trim() || PRODUCTION_STORAGE_ORIGIN);
  const connect = ["'self'", ...(origin ? [origin] : []), 'https:', 'http://127.0.0.1:*', 'http://localhost:*'];
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['connect-src', [...new Set(connect)]],
    ['worker-src', ["'self'", 'blob:']],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['media-src', ["'self'", 'blob:', ...(storage ? [storage] : [])]],
    ['font-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** A base other than the root: `/viewer/` (a relative `./` or a full URL counts as the root, as in src/lib/base-path.ts). */
export function isSubPath(base: string | undefined): boolean {
  return !!base && base.startsWith('/') && !base.startsWith('//') && base.replace(/\/+$/, '') !== '';
}

export function isDemoBuild(config: Pick<ResolvedConfig, 'mode' | 'env'>): boolean {
  return config.mode === 'demo' || config.env.VITE_DEMO === 'true';
}

/** The Vite plugin: CSP meta in every build, the MSW worker only in demo builds. */
export function securityPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'ccx-security',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler() {
        return [
          {
            tag: 'meta',
            attrs: {
              'http-equiv': 'Content-Security-Policy',
              content: contentSecurityPolicy({
                apiBaseUrl: config.env.VITE_API_BASE_URL as string | undefined,
                base: config.base,
                storageOrigin: config.env.VITE_STORAGE_ORIGIN as string | undefined,
              }),
            },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
    async closeBundle() {
      if (isDemoBuild(config)) return;
      // Copied from public/ like any static file; a production build must not serve it.
      await rm(resolve(config.root, config.build.outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}
