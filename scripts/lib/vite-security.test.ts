import { describe, expect, it } from 'vitest';
import { apiOrigin, contentSecurityPolicy, isDemoBuild, isSubPath } from './vite-security';

describe('the Content-Security-Policy', () => {
  it('allows scripts only from the app, and the configured API, https and loopback for requests', () => {
    const policy = contentSecurityPolicy({ apiBaseUrl: 'http://platform.internal:5000/api/v1' });
    const directives = Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual([
      "'self'",
      'http://platform.internal:5000',
      'https:',
      'http://127.0.0.1:*',
      'http://localhost:*',
    ]);
    expect(directives['worker-src']).toEqual(["'self'", 'blob:']);
    expect(directives['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives['img-src']).toEqual(["'self'", 'data:']);
    expect(directives['media-src']).toEqual(["'self'", 'blob:', 'https://storage.googleapis.com']);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'self'"]);
    expect(directives['form-action']).toEqual(["'self'"]);
    expect(policy).not.toMatch(/unsafe-eval|'unsafe-inline'.*script|frame-ancestors/);
  });

  it('plays media from the configured storage origin and blob: (tracks, MSE) only', () => {
    const media = (policy: string) => policy.split('; ').find((d) => d.startsWith('media-src '));
    expect(media(contentSecurityPolicy({ storageOrigin: 'http://127.0.0.1:4011' }))).toBe("media-src 'self' blob: http://127.0.0.1:4011");
    expect(media(contentSecurityPolicy({ storageOrigin: 'https://media.example.org/bucket/x' }))).toBe(
      "media-src 'self' blob: https://media.example.org",
    );
    expect(media(contentSecurityPolicy({ storageOrigin: 'javascript:alert(1)' }))).toBe("media-src 'self' blob:");
  });

  it('defaults to the production API', () => {
    expect(apiOrigin(undefined)).toBe('https://sampleplatform.ccextractor.org');
    expect(apiOrigin('javascript:alert(1)')).toBeNull();
    expect(contentSecurityPolicy()).toContain("connect-src 'self' https://sampleplatform.ccextractor.org https:");
  });

  it('under a sub-path without VITE_API_BASE_URL: requests to its own origin (the default API server), no production origin', () => {
    const connect = (policy: string) => policy.split('; ').find((d) => d.startsWith('connect-src '));
    expect(connect(contentSecurityPolicy({ base: '/viewer/' }))).toBe("connect-src 'self' https: http://127.0.0.1:* http://localhost:*");
    expect(connect(contentSecurityPolicy({ apiBaseUrl: '', base: '/tools/viewer/' }))).toBe(
      "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
    );
    // With VITE_API_BASE_URL, a sub-path build allows it as a root build does.
    expect(connect(contentSecurityPolicy({ apiBaseUrl: 'http://platform.internal:5000/api/v1', base: '/viewer/' }))).toBe(
      "connect-src 'self' http://platform.internal:5000 https: http://127.0.0.1:* http://localhost:*",
    );
    // The root and relative bases keep the production default.
    for (const base of ['/', './', '']) {
      expect(connect(contentSecurityPolicy({ base }))).toContain("'self' https://sampleplatform.ccextractor.org https:");
    }
  });

  it('tells a sub-path from the root', () => {
    expect(isSubPath('/viewer/')).toBe(true);
    expect(isSubPath('/viewer')).toBe(true);
    expect(isSubPath('/')).toBe(false);
    expect(isSubPath('./')).toBe(false);
    expect(isSubPath('')).toBe(false);
    expect(isSubPath(undefined)).toBe(false);
    expect(isSubPath('//cdn.example/')).toBe(false);
  });

  it('knows demo builds', () => {
    expect(isDemoBuild({ mode: 'demo', env: {} })).toBe(true);
    expect(isDemoBuild({ mode: 'production', env: { VITE_DEMO: 'true' } })).toBe(true);
    expect(isDemoBuild({ mode: 'production', env: {} })).toBe(false);
  });
});
