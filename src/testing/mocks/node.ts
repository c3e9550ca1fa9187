// The demo backend for tests in Node (vitest): the same handlers as the browser demo.
import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';

/** The test DOM's location is http://localhost:3000/, so the client under test uses this base URL. */
export const TEST_API_BASE_URL = 'http://localhost:3000/api/v1';

export const server = setupServer(...createHandlers(TEST_API_BASE_URL));
