/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { visualizer } from 'rollup-plugin-visualizer';
import { securityPlugin } from './scripts/lib/vite-security.ts';
import { preloadAppPlugin } from './scripts/lib/vite-preload-app.ts';
import { chunkGroups } from './scripts/lib/vite-chunk-groups.ts';

const ROUTES = {
  runs: '/src/app/routes/runs-route.tsx',
  run: '/src/app/routes/run-route.tsx',
  sample: '/src/app/routes/sample-route.tsx',
  output: '/src/app/routes/output-route.tsx',
};

// A few larger chunks for a first visit instead of about sixty (scripts/lib/vite-chunk-groups.ts).
const chunks = chunkGroups({
  entry: '/src/main.tsx',
  app: '/src/boot.tsx',
  screens: [...Object.values(ROUTES), '/src/app/routes/pull-request-route.tsx', '/src/app/routes/legacy-route.tsx'],
});

/**
 * `npm run bench` measures the app against a naive page (bench/baseline.tsx) built on its own, as such a page would
 * be: built beside the app, it shared the app's chunks and put the whole of jsdiff (which react-diff-viewer imports
 * as a namespace) into the app's `screens` chunk, slowing both pages.
 */
const baselineOnly = (mode: string) => mode === 'bench-baseline';

export default defineConfig(({ mode }) => ({
  // securityPlugin: builds only — the CSP <meta>, and no MSW worker outside demo builds (scripts/lib/vite-security.ts).
  // `npm run build:report` (mode "report") writes what takes space in each chunk to bundle-report.html.
  plugins: [
    react(),
    securityPlugin(),
    // The app's chunks preloaded beside the entry, which imports them dynamically (src/main.tsx); each route's chunks
    // listed for the entry to preload a deep link's (src/app/early-requests.ts), and the response validators.
    !baselineOnly(mode) && preloadAppPlugin('/src/boot.tsx', { ...ROUTES, validators: '/src/api/validators.js' }),
    !baselineOnly(mode) && chunks.plugin,
    mode === 'report' && visualizer({ filename: 'bundle-report.html', gzipSize: true, template: 'treemap' }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    sourcemap: true,
    // Every browser the build targets (es2022) supports modulepreload: no polyfill in the first download.
    modulePreload: { polyfill: false },
    target: 'es2022',
    rolldownOptions: baselineOnly(mode)
      ? { input: { baseline: 'bench/baseline.html' } }
      : { output: { codeSplitting: { groups: chunks.groups } } },
    // The baseline is built into the app's build (scripts/bench.ts), its files beside the app's.
    ...(baselineOnly(mode) ? { emptyOutDir: false, assetsDir: 'bench/assets' } : {}),
  },
  test: {
    restoreMocks: true,
    // Screens render the whole app against the demo backend: 5 s is too little on a loaded CI machine.
    testTimeout: 30_000,
    // Vitest keeps one core for itself by default, which halves the suite on a 2-core CI machine.
    maxWorkers: '100%',
    // A DOM costs time per file (happy-dom: about half of jsdom's): only components, and the few `*.dom.test.ts` that need a
    // browser-like environment (storage, matchMedia, the demo backend), get one.
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          setupFiles: ['./src/testing/setup-tests.ts'],
          include: ['src/**/*.test.tsx', 'src/**/*.dom.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['src/**/*.dom.test.ts'],
        },
      },
    ],
  },
}));
