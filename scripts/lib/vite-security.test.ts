import { describe, expect, it } from 'vitest';
import { apiOrigin, contentSecurityPolicy, isDemoBuild } from './vite-security';

describe('the Content-Security-Policy', () => {
  it('allows scripts only from the app, and the configured API, https and loopback for requests', () => {
    const policy = contentSecurityPolicy({ apiBaseUrl: 'http://platform.internal:5000/api/v1' });
    const directives = Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'", 'http://platform.internal:5000', 'https:', 'http://127.0.0.1:*', 'http://localhost:*']);
    expect(directives['worker-src']).toEqual(["'self'", 'blob:']);
    expect(directives['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives['img-src']).toEqual(["'self'", 'data:']);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'self'"]);
    expect(directives['form-action']).toEqual(["'self'"]);
    expect(policy).not.toMatch(/unsafe-eval|'unsafe-inline'.*script|frame-ancestors/);
  });

  it('defaults to the production API', () => {
    expect(apiOrigin(undefined)).toBe('https://sampleplatform.ccextractor.org');
    expect(apiOrigin('javascript:alert(1)')).toBeNull();
    expect(contentSecurityPolicy()).toContain("connect-src 'self' https://sampleplatform.ccextractor.org https:");
  });

  it('knows demo builds', () => {
    expect(isDemoBuild({ mode: 'demo', env: {} })).toBe(true);
    expect(isDemoBuild({ mode: 'production', env: { VITE_DEMO: 'true' } })).toBe(true);
    expect(isDemoBuild({ mode: 'production', env: {} })).toBe(false);
  });
});
