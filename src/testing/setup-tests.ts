// The `dom` test project's setup (vite.config.ts): components share the demo backend, and every test starts clean.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { resetMockState } from './mocks/handlers';
import { server } from './mocks/node';

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
