// The app itself, loaded by the entry (src/main.tsx) after it has started a deep link's API requests. index.html
// preloads this module and everything it imports (scripts/lib/vite-preload-app.ts), so splitting it from the entry
// costs no round trip.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { applyStoredTheme } from './features/preferences/theme/theme-choice';
import { config } from './lib/config';

export async function start() {
  // The remembered theme before anything renders: no flash of the other one.
  applyStoredTheme();
  // Folded away at build time: the production bundle holds no mock code.
  if (import.meta.env.DEV || import.meta.env.VITE_DEMO === 'true') {
    const { startDemoWorker } = await import('./testing/mocks/browser');
    await startDemoWorker(config.apiBaseUrl);
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
