// `npm run test:e2e`: makes sure a Chromium exists, builds the app twice (production against the HTTP mock
// server, and the MSW demo), then runs Playwright, which starts the servers (playwright.config.ts).
import { execSync, spawnSync } from 'node:child_process';
import { MOCK_API } from './e2e-ports.mjs';
import { findChromium } from './find-chromium.mjs';

function run(command, env = {}) {
  const result = spawnSync(command, { stdio: 'inherit', shell: true, env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
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
    console.log('No Chromium found: installing Debian\'s chromium-headless-shell with apt-get…');
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
if (!process.env.E2E_SKIP_BUILD) {
  run('npx vite build --outDir dist-e2e --logLevel warn', {
    VITE_API_BASE_URL: `${MOCK_API}/api/v1`,
    VITE_API_FILE_ROUTES: 'query',
    // e2e/faults.spec.ts holds responses longer than this to show the timeout state without waiting 30 s.
    VITE_REQUEST_TIMEOUT_MS: '5000',
  });
  run('npx vite build --mode demo --outDir dist-demo --logLevel warn');
}
// Quoted for the shell: a pattern such as `-g "differs|matched"` must reach Playwright whole, not become a pipe.
const quote = (arg) => `'${arg.replaceAll("'", `'\\''`)}'`;
run(`npx playwright test ${process.argv.slice(2).map(quote).join(' ')}`);
