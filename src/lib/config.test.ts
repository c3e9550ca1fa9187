import { describe, expect, it } from 'vitest';
import { config, defaultApiBaseUrl, PRODUCTION_API_BASE_URL } from './config';

describe('defaultApiBaseUrl', () => {
  it('is VITE_API_BASE_URL when the build sets it, at the root or under a sub-path', () => {
    expect(defaultApiBaseUrl({ configured: 'http://127.0.0.1:4010/api/v1/', base: '/', origin: 'https://viewer.example' })).toBe(
      'http://127.0.0.1:4010/api/v1',
    );
    expect(defaultApiBaseUrl({ configured: 'https://ci.example/api/v1', base: '/viewer/', origin: 'https://platform.example' })).toBe(
      'https://ci.example/api/v1',
    );
  });

  it('under a sub-path without VITE_API_BASE_URL: the same origin /api/v1 (the platform sends no CORS headers)', () => {
    expect(defaultApiBaseUrl({ configured: undefined, base: '/viewer/', origin: 'https://sampleplatform.example' })).toBe(
      'https://sampleplatform.example/api/v1',
    );
    expect(defaultApiBaseUrl({ configured: '', base: '/tools/viewer/', origin: 'http://127.0.0.1:4175' })).toBe(
      'http://127.0.0.1:4175/api/v1',
    );
  });

  it('at the root without VITE_API_BASE_URL: the production platform', () => {
    expect(defaultApiBaseUrl({ configured: undefined, base: '/', origin: 'https://viewer.example' })).toBe(PRODUCTION_API_BASE_URL);
    expect(defaultApiBaseUrl({ configured: '  ', base: '/', origin: 'https://viewer.example' })).toBe(PRODUCTION_API_BASE_URL);
  });

  it('without a usable origin (no window, a file: page): the production platform', () => {
    expect(defaultApiBaseUrl({ configured: undefined, base: '/viewer/', origin: undefined })).toBe(PRODUCTION_API_BASE_URL);
    expect(defaultApiBaseUrl({ configured: undefined, base: '/viewer/', origin: 'null' })).toBe(PRODUCTION_API_BASE_URL);
  });

  it('the unit tests build at the root without VITE_API_BASE_URL', () => {
    expect(config.apiBaseUrl).toBe(PRODUCTION_API_BASE_URL);
  });
});
