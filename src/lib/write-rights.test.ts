import { describe, expect, it } from 'vitest';
import type { Me } from './session';
import { NEEDS, needWords, rightTo } from './write-rights';

const me = (role: Me['role'], scopes: string[]): Me => ({ user_id: 1, email: 'x@example.org', role, scopes });
const ALL = ['runs:read', 'results:read', 'runs:write', 'baselines:write', 'system:read'];

describe('rightTo', () => {
  it('lets an admin with baselines:write approve', () => {
    expect(rightTo(me('admin', ALL), NEEDS.approveBaseline)).toEqual({ allowed: true });
  });

  it('names both the scope and the role when both are missing', () => {
    expect(rightTo(me('contributor', ['runs:read', 'results:read', 'runs:write']), NEEDS.approveBaseline)).toEqual({
      allowed: false,
      reason: 'Needs the baselines:write scope and the admin role',
    });
  });

  it('names only the scope when the role is right', () => {
    expect(rightTo(me('admin', ['runs:read', 'results:read']), NEEDS.approveBaseline)).toEqual({
      allowed: false,
      reason: 'Needs the baselines:write scope',
    });
  });

  it('names only the role when the scope is there', () => {
    expect(rightTo(me('tester', ALL), NEEDS.approveBaseline)).toEqual({ allowed: false, reason: 'Needs the admin role' });
  });

  it('lets admins, testers and contributors with runs:write run again, not users', () => {
    for (const role of ['admin', 'tester', 'contributor'] as const) expect(rightTo(me(role, ALL), NEEDS.runWrite).allowed).toBe(true);
    expect(rightTo(me('user', ALL), NEEDS.runWrite)).toEqual({ allowed: false, reason: 'Needs the admin, tester or contributor role' });
    expect(rightTo(me('contributor', ['runs:read']), NEEDS.runWrite)).toEqual({ allowed: false, reason: 'Needs the runs:write scope' });
  });

  it('asks only a scope of log readers', () => {
    expect(rightTo(me('user', ['system:read']), NEEDS.readLogs).allowed).toBe(true);
    expect(rightTo(me('admin', ['runs:read']), NEEDS.readLogs)).toEqual({ allowed: false, reason: 'Needs the system:read scope' });
  });

  it('treats an unknown role as no role, and an unknown user as no right', () => {
    expect(rightTo(me('superuser', ALL), NEEDS.approveBaseline)).toEqual({ allowed: false, reason: 'Needs the admin role' });
    expect(rightTo(null, NEEDS.runWrite).allowed).toBe(false);
  });

  it('words a whole need', () => {
    expect(needWords(NEEDS.approveBaseline)).toBe('Needs the baselines:write scope and the admin role');
  });
});
