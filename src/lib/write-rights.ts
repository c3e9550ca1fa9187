// What the signed-in token may do, from `GET /auth/me`'s scopes and role, said before any click: a write the
// server would refuse is shown disabled with the reason, and never sent. The server still decides (a 403 reads
// as "Permission denied").
import { useSession, type Me } from './session';

/** A write and what it needs: a scope and, for most, one of some roles. */
export type WriteNeed = { scope: string; roles?: readonly string[] };

export const NEEDS = {
  /** `POST …/baseline-approval` */
  approveBaseline: { scope: 'baselines:write', roles: ['admin'] },
  /** `POST /runs/{id}/restart` and `/cancel` */
  runWrite: { scope: 'runs:write', roles: ['admin', 'tester', 'contributor'] },
  /** `GET …/logs` */
  readLogs: { scope: 'system:read' },
} as const satisfies Record<string, WriteNeed>;

export type Right = { allowed: true } | { allowed: false; reason: string };

/** "admin", "admin or tester", "admin, tester or contributor". */
function orList(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** Whether `me` may do what `need` names; if not, the reason in ui.md's words ("Needs the X scope and the Y role"). */
export function rightTo(me: Me | null, need: WriteNeed): Right {
  if (!me) return { allowed: false, reason: 'Who you are is not known yet: sign in again' };
  const scope = me.scopes.includes(need.scope);
  const role = !need.roles || need.roles.includes(me.role);
  if (scope && role) return { allowed: true };
  const roleWords = need.roles ? `the ${orList(need.roles)} role` : '';
  const missing = [!scope ? `the ${need.scope} scope` : '', !role ? roleWords : ''].filter(Boolean);
  return { allowed: false, reason: `Needs ${missing.join(' and ')}` };
}

/** The whole need, for a refusal the server sent although the token seemed to have it. */
export function needWords(need: WriteNeed): string {
  return `Needs the ${need.scope} scope${need.roles ? ` and the ${orList(need.roles)} role` : ''}`;
}

/** `rightTo` for the signed-in session (its `me` refreshes with /auth/me). */
export function useRight(need: WriteNeed): Right {
  const me = useSession((state) => state.me);
  return rightTo(me, need);
}
