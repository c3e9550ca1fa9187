import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { resetMockState } from './mocks/handlers';
import { server } from './mocks/node';

// Browser-like (jsdom) tests share the demo backend; node-environment tests run their own servers.
const isDom = typeof document !== 'undefined';

if (isDom) {
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
}
