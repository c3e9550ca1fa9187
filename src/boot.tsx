// The app itself, loaded by the entry (src/main.tsx) after it has started a deep link's API requests. index.html
// preloads this module and everything it imports (scripts/lib/vite-preload-app.ts), so splitting it from the entry
// costs no round trip.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { routeCodeOf } from './app/early-requests';
import { screenModules } from './app/router';
import { applyStoredTheme } from './features/preferences/theme/theme-choice';
import { APP_BASE, toAppPath } from './lib/base-path';
import { config } from './lib/config';

const STYLESHEET_WAIT_MS = 3000;

/**
 * index.html loads the entry `async`, so that a deep link's API requests leave as soon as it arrives rather than after
 * every stylesheet: the app itself waits for the document and its stylesheets before drawing and measuring.
 */
async function documentReady() {
  if (document.readyState === 'loading') {
    await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  }
  const pending = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter((link) => !link.sheet);
  const loaded = pending.map(
    (link) =>
      new Promise((resolve) => {
        link.addEventListener('load', resolve, { once: true });
        link.addEventListener('error', resolve, { once: true });
      }),
  );
  // A stylesheet that failed before this ran has no sheet and fires nothing more: a plain screen beats a blank one.
  await Promise.race([Promise.all(loaded), new Promise((resolve) => setTimeout(resolve, STYLESHEET_WAIT_MS))]);
}

export async function start() {
  // The remembered theme before anything renders: no flash of the other one.
  applyStoredTheme();
  // Folded away at build time: the production bundle holds no mock code.
  if (import.meta.env.DEV || import.meta.env.VITE_DEMO === 'true') {
    const { startDemoWorker } = await import('./testing/mocks/browser');
    await startDemoWorker(config.apiBaseUrl);
  }
  // The deep link's screen evaluated now, in a task of its own while the document and stylesheets load, not in
  // the router's first render (a shorter longest task); the router's own import finds it loaded.
  const screen = routeCodeOf(toAppPath(`${location.pathname}${location.search}`, APP_BASE));
  if (screen) screenModules[screen]().catch(() => {});
  await documentReady();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
