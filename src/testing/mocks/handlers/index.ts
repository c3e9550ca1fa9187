// The whole Results API v1 (the API contract, src/api/openapi.yaml) as msw handlers, over the deterministic fixtures
// in ../data. The same handlers serve the browser demo (service worker), unit tests (msw/node) and
// scripts/mock-api.ts. Every route answers through endpoint.ts (token, scopes, errors, rate-limit headers).
import { http, HttpResponse, type HttpHandler } from 'msw';
import { authHandlers } from './auth';
import { fileHandlers } from './files';
import { hostileHandlers } from './hostile';
import { largeOutputHandlers } from './large-outputs';
import { mediaHandlers } from './media';
import { platformHandlers } from './platform';
import { reviewHandlers } from './review';
import { runActivityHandlers } from './run-activity';
import { runHandlers } from './runs';
import { sampleHandlers } from './samples';

export { resetMockState } from './endpoint';

export type HandlerOptions = {
  /** Where sample media is served (scripts/mock-api.ts's storage server); unset: the demo's bundled files. */
  mediaBaseUrl?: string;
};

export function createHandlers(baseUrl: string, { mediaBaseUrl }: HandlerOptions = {}): HttpHandler[] {
  const base = baseUrl.replace(/\/+$/, '');
  return [
    // Answer only for the ids of the hostile runs (data/hostile.ts); everything else falls through.
    ...hostileHandlers(base),
    // The generated large outputs (data/large-outputs.ts) of the benchmark, likewise.
    ...largeOutputHandlers(base),
    // Runs 9473 and 9474, answering the way the platform's own server does (data/platform-runs.ts), likewise.
    ...platformHandlers(base),
    ...authHandlers(base),
    ...runHandlers(base),
    ...sampleHandlers(base),
    ...mediaHandlers(base, mediaBaseUrl),
    ...fileHandlers(base),
    // Acting on a review (baseline approval) and what happened in a run (restart, cancel, progress, errors, logs,
    // artifacts): what the writes changed is kept in write-state.ts.
    ...reviewHandlers(base),
    ...runActivityHandlers(base),
    // Anything else under the API prefix: the platform's server's answer to an unknown route, a JSON 404 WITHOUT
    // the X-RateLimit-* headers every known route sends (which is how the viewer tells the two 404s apart).
    http.all(`${base}/*`, () => HttpResponse.json({ code: 'not_found', details: {}, message: 'Resource not found.' }, { status: 404 })),
  ];
}
