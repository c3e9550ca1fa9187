// `npm run test:e2e`: makes sure a Chromium exists, builds the app three times (production against the HTTP mock
// server, the MSW demo, and a default build under /viewer/ for the real server's replay), then runs Playwright,
// which starts the servers (playwright.config.ts). `--project x` builds and serves only what project x needs.
import { execSync, spawnSync } from 'node:child_process';
import { DIST_SUFFIX, MEDIA, MOCK_API, REAL_BASE } from './e2e-ports.mjs';
import { findChromium } from './find-chromium.mjs';

function run(command, env = {}, { withoutViteVars = false } = {}) {
  const inherited = withoutViteVars
    ? Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITE_')))
    : process.env;
  const result = spawnSync(command, { stdio: 'inherit', shell: true, env: { ...inherited, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// The builds each Playwright project runs against (playwright.config.ts starts their servers).
const BUILDS_OF = { http: ['e2e'], screenshots: ['e2e'], demo: ['demo'], real: ['real'] };

/** The projects named with `--project x` / `--project=x`, or null for all (also when one is no plain known name). */
function selectedProjects(args) {
  const names = args.flatMap((arg, i) =>
    arg === '--project' ? [args[i + 1]] : arg.startsWith('--project=') ? [arg.slice('--project='.length)] : [],
  );
  if (names.length === 0 || names.some((name) => !name || !(name in BUILDS_OF))) return null;
  return names;
}

function ensureChromium() {
  if (findChromium()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let hasApt = true;
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
  } catch {
    hasApt = false;
  }
  if (isRoot && hasApt) {
    console.log("No Chromium found: installing Debian's chromium-headless-shell with apt-get…");
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell');
  } else {
    console.log('No Chromium found: trying `npx playwright install chromium`…');
    spawnSync('npx playwright install chromium', { stdio: 'inherit', shell: true });
  }
  if (!findChromium()) {
    console.error(
      'No Chromium for the e2e tests. Install one (Debian: `sudo apt-get install -y chromium-headless-shell`; elsewhere: ' +
        '`npx playwright install chromium`) or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium binary.',
    );
    process.exit(1);
  }
}

ensureChromium();
const args = process.argv.slice(2);
const projects = selectedProjects(args);
const builds = new Set(projects ? projects.flatMap((name) => BUILDS_OF[name]) : ['e2e', 'demo', 'real']);
if (!process.env.E2E_SKIP_BUILD) {
  if (builds.has('e2e')) {
    run(`npx vite build --outDir dist-e2e${DIST_SUFFIX} --logLevel warn`, {
      VITE_API_BASE_URL: `${MOCK_API}/api/v1`,
      VITE_API_FILE_ROUTES: 'query',
      // The mock's sample storage: the CSP's media-src allows it (scripts/lib/vite-security.ts).
      VITE_STORAGE_ORIGIN: MEDIA,
      // e2e/faults.spec.ts holds responses longer than this to show the timeout state without waiting 30 s.
      VITE_REQUEST_TIMEOUT_MS: '5000',
    });
  }
  if (builds.has('demo')) run(`npx vite build --mode demo --outDir dist-demo${DIST_SUFFIX} --logLevel warn`);
  // What a deployment beside the platform builds: no VITE_* at all, so the API server defaults to this origin's
  // /api/v1 and the file routes to the configured default (e2e/real-server/, scripts/replay-real-api.ts).
  if (builds.has('real'))
    run(`npx vite build --base=${REAL_BASE} --outDir dist-real${DIST_SUFFIX} --logLevel warn`, {}, { withoutViteVars: true });
}
// Quoted for the shell: a pattern such as `-g "differs|matched"` must reach Playwright whole, not become a pipe.
const quote = (arg) => `'${arg.replaceAll("'", `'\\''`)}'`;
run(`npx playwright test ${args.map(quote).join(' ')}`, projects ? { E2E_PROJECTS: projects.join(',') } : {});
