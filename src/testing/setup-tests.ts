// The `dom` test project's setup (vite.config.ts): components share the demo backend, and every test starts clean.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { resetMockState } from './mocks/handlers';
import { server } from './mocks/node';

// happy-dom lays nothing out, so its IntersectionObserver never reports: without one the app counts every
// element as near the viewport, as in a browser with the window around it (tests about scrolling stub their own).
delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver;

// findBy/waitFor wait up to 1 s by default: on a loaded 2-core CI machine a whole screen can take longer to appear.
configure({ asyncUtilTimeout: 5_000 });

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  // The API client loads its validators with the first request; transforming them cold would eat the first findBy's wait.
  await import('@/api/validators');
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetMockState();
  sessionStorage.clear();
  localStorage.clear();
});
afterAll(() => server.close());
