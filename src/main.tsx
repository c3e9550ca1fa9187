// The tokens and global rules first: every component's own stylesheet comes after them, and wins a tie.
import './styles/tokens.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { applyStoredTheme } from './features/preferences/theme/theme-choice';
import { config } from './lib/config';

// The remembered theme before anything renders: no flash of the other one.
applyStoredTheme();

async function start() {
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

void start();
