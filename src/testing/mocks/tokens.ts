// Demo API tokens the mock accepts. They unlock nothing real: they exist only inside the demo mock.
import type { components } from '@/api/schema';

type Me = components['schemas']['Me'];

export type DemoToken = {
  description: string;
  /** Who /auth/me says the token belongs to; null for a token that is always rejected (401). */
  user: Me | null;
};

/** Contributor with both scopes: sees runs, results and file contents. The token to demo with. */
export const DEMO_MAINTAINER_TOKEN = 'demo-maintainer';
/** Only runs:read: lists work, file contents and diffs answer 403. */
export const DEMO_VIEWER_TOKEN = 'demo-viewer';
/** Expired: every request answers 401. */
export const DEMO_EXPIRED_TOKEN = 'demo-expired';
/** An admin with the write scopes: approves baselines, runs again, cancels, reads logs. Also the second user of
 * tests that switch users. */
export const DEMO_ADMIN_TOKEN = 'demo-admin';
/** A contributor with runs:write: may run again and cancel, may not approve a baseline (scope and role). */
export const DEMO_CONTRIBUTOR_TOKEN = 'demo-contributor';
/** Both scopes, for e2e/faults.spec.ts alone: the mock server's fault rules are scoped to it, so tests signed in
 * with any other token never see them. */
export const DEMO_FAULTS_TOKEN = 'demo-faults';

export const SCOPES = {
  runs: 'runs:read',
  results: 'results:read',
  runsWrite: 'runs:write',
  baselinesWrite: 'baselines:write',
  systemRead: 'system:read',
} as const;

export const DEMO_TOKENS: Readonly<Record<string, DemoToken>> = {
  [DEMO_MAINTAINER_TOKEN]: {
    description: 'Demo Maintainer (contributor): runs:read, results:read',
    user: {
      user_id: 42,
      name: 'Demo Maintainer',
      email: 'maintainer@demo.ccextractor.org',
      role: 'contributor',
      scopes: [SCOPES.runs, SCOPES.results],
    },
  },
  [DEMO_VIEWER_TOKEN]: {
    description: 'Demo Viewer (tester): runs:read only, so file contents are forbidden',
    user: { user_id: 57, name: 'Demo Viewer', email: 'viewer@demo.ccextractor.org', role: 'tester', scopes: [SCOPES.runs] },
  },
  [DEMO_EXPIRED_TOKEN]: { description: 'An expired token: always 401', user: null },
  [DEMO_ADMIN_TOKEN]: {
    description: 'Demo Admin (admin): runs:read, results:read, runs:write, baselines:write, system:read',
    user: {
      user_id: 1,
      name: 'Demo Admin',
      email: 'admin@demo.ccextractor.org',
      role: 'admin',
      scopes: [SCOPES.runs, SCOPES.results, SCOPES.runsWrite, SCOPES.baselinesWrite, SCOPES.systemRead],
    },
  },
  [DEMO_CONTRIBUTOR_TOKEN]: {
    description: 'Demo Contributor (contributor): runs:read, results:read, runs:write',
    user: {
      user_id: 64,
      name: 'Demo Contributor',
      email: 'contributor@demo.ccextractor.org',
      role: 'contributor',
      scopes: [SCOPES.runs, SCOPES.results, SCOPES.runsWrite],
    },
  },
  [DEMO_FAULTS_TOKEN]: {
    description: 'Fault-injection tests (e2e): runs:read, results:read',
    user: {
      user_id: 7,
      name: 'Fault Tester',
      email: 'faults@demo.ccextractor.org',
      role: 'tester',
      scopes: [SCOPES.runs, SCOPES.results],
    },
  },
};
