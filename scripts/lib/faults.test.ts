import { describe, expect, it } from 'vitest';
import { CONTENT_LIMIT, FaultBook, globToRegExp, invalidJson, parseRule, tokenTag, violateContract } from './faults';

describe('fault rules', () => {
  it('match globs on the API path', () => {
    expect(globToRegExp('/runs/*').test('/runs/9461')).toBe(true);
    expect(globToRegExp('/runs/*').test('/runs/9461/summary')).toBe(false);
    expect(globToRegExp('/runs/**').test('/runs/9461/samples/31/diff')).toBe(true);
    expect(globToRegExp('/runs/*/samples/*/diff').test('/runs/9461/samples/31/diff')).toBe(true);
    expect(globToRegExp('/runs/9461.').test('/runs/94611')).toBe(false);
  });

  it('reject what they cannot apply', () => {
    expect(() => parseRule({ fault: 'explode' }, 1)).toThrow(/fault must be one of/);
    expect(() => parseRule({ fault: 'contract:nonsense' }, 1)).toThrow(/fault must be one of/);
    expect(() => parseRule({ fault: 'drop', times: 0 }, 1)).toThrow(/times/);
    expect(() => parseRule({ fault: 'drop', pathRegex: '(' }, 1)).toThrow(/regular expression/);
    expect(() => parseRule({ fault: 'drop', path: '/a', pathRegex: 'b' }, 1)).toThrow(/not both/);
    expect(() => parseRule('drop', 1)).toThrow(/object/);
    expect(parseRule({ fault: 'contract:unknown-storage-status' }, 1).fault).toBe('contract:unknown-storage-status');
  });

  it('hit only their method, path and token, as often as told', () => {
    const book = new FaultBook();
    book.add([
      { method: 'get', path: '/runs/*', token: 'demo-faults', fault: 'html500', times: 2 },
      { pathRegex: 'context_lines=7', fault: 'drop' },
    ]);
    expect(book.take('GET', '/runs/1', '', 'demo-maintainer')).toBeNull();
    expect(book.take('HEAD', '/runs/1', '', 'demo-faults')).toBeNull();
    expect(book.take('GET', '/runs/1', '', 'demo-faults')?.fault).toBe('html500');
    expect(book.take('GET', '/runs/2', '', 'demo-faults')?.fault).toBe('html500');
    expect(book.take('GET', '/runs/3', '', 'demo-faults')).toBeNull();
    expect(book.take('GET', '/runs/1/samples/2/diff', '?context_lines=7', null)?.fault).toBe('drop');
    expect(book.take('GET', '/runs/1/samples/2/diff', '?context_lines=3', null)).toBeNull();
    expect(book.list()).toHaveLength(1);
  });

  it('are cleared per token or all at once', () => {
    const book = new FaultBook();
    book.add([{ fault: 'drop', token: 'a' }, { fault: 'drop', token: 'b' }, { fault: 'drop' }]);
    expect(book.clear('a')).toBe(1);
    expect(book.list().map((r) => r.tokenTag)).toEqual([tokenTag('b'), undefined]);
    expect(book.clear()).toBe(2);
  });
});

describe('the request log', () => {
  it('keeps a tag of the token, never the token', () => {
    const book = new FaultBook();
    book.record('GET', '/runs?limit=1', 'secret-token');
    book.record('GET', '/auth/me', null);
    expect(JSON.stringify(book.requests())).not.toContain('secret-token');
    expect(book.requests('secret-token')).toMatchObject([{ method: 'GET', path: '/runs?limit=1', tokenTag: tokenTag('secret-token') }]);
    book.forget('secret-token');
    expect(book.requests()).toHaveLength(1);
  });
});

describe('broken bodies', () => {
  const run = JSON.stringify({ run_id: 9461, status: 'fail', storage_status: 'ok' });

  it('cut JSON in half', () => {
    expect(() => JSON.parse(invalidJson(run))).toThrow();
    expect(() => JSON.parse(invalidJson(''))).toThrow();
  });

  it('break the contract in each way', () => {
    expect(JSON.parse(violateContract('missing-field', run))).toEqual({ status: 'fail', storage_status: 'ok' });
    expect(JSON.parse(violateContract('wrong-type', run)).run_id).toBe('9461');
    expect(JSON.parse(violateContract('content-too-long', run)).content).toHaveLength(CONTENT_LIMIT + 1);
    expect(JSON.parse(violateContract('unknown-storage-status', run)).storage_status).toBe('archived');
  });
});
