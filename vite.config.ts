/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { securityPlugin } from './scripts/lib/vite-security.ts';

export default defineConfig({
  // securityPlugin: builds only — the CSP <meta>, and no MSW worker outside demo builds (scripts/lib/vite-security.ts).
  plugins: [react(), securityPlugin()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { sourcemap: true, target: 'es2022' },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    restoreMocks: true,
    // Vitest keeps one core for itself by default, which halves the suite on a 2-core CI machine.
    maxWorkers: '100%',
  },
});
