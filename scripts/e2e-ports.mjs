// The e2e servers' addresses. E2E_PORT_OFFSET moves all five and the build directories, so two checkouts can run their suites side by side.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);

/** Build directories get the offset too (dist-e2e-100), so side-by-side suites do not overwrite each other's builds. */
export const DIST_SUFFIX = offset ? `-${offset}` : '';

export const MOCK_PORT = 4010 + offset;
/** The HTTP mock's sample storage (scripts/lib/media-server.ts): the origin of its signed media URLs. */
export const MEDIA_PORT = 4011 + offset;
export const APP_PORT = 4173 + offset;
export const DEMO_PORT = 4174 + offset;
// The real server's recordings replayed beside a sub-path build (scripts/replay-real-api.ts): the `real` project.
export const REAL_PORT = 4175 + offset;
export const MOCK_API = `http://127.0.0.1:${MOCK_PORT}`;
export const MEDIA = `http://127.0.0.1:${MEDIA_PORT}`;
export const APP = `http://127.0.0.1:${APP_PORT}`;
export const DEMO = `http://127.0.0.1:${DEMO_PORT}`;
export const REAL = `http://127.0.0.1:${REAL_PORT}`;
/** The path the `real` project's build is served under (`vite build --base=/viewer/`). */
export const REAL_BASE = '/viewer/';
