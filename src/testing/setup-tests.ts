import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { resetMockState } from './mocks/handlers';
import { server } from './mocks/node';

// Browser-like (jsdom) tests share the demo backend; node-environment tests run their own servers.
const isDom = typeof document !== 'undefined';

if (isDom) {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    cleanup();
    server.resetHandlers();
    resetMockState();
    sessionStorage.clear();
    localStorage.clear();
  });
  afterAll(() => server.close());
}
