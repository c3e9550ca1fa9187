// What the write endpoints changed (baseline approvals, restarts, cancellations), kept like the platform's server
// keeps them, for the rest of the session: until the mock's state is reset (between unit tests, `POST /__reset` of
// the e2e server, a reload of the demo). Kept per token: a session is one token, and e2e tests signed in with
// different tokens run side by side on one server without seeing each other's writes.
import type { Run } from '../data/api-types';

/** A regression-test output whose baseline was approved: its new `correct` hash, for every future run. */
export type ApprovedBaseline = { hash: string; removeVariants: boolean; runId: number; by: string; at: string };

export type ProgressNote = { timestamp: string; status: string; message: string };

/** A run as a write left it: its new status and times, whether its results were cleared, and its new events. */
export type RunWrite = {
  status: Run['status'];
  queued_at: string | null;
  started_at: string | null;
  completed_at: string | null;
  /** Restarted: its results and progress were cleared. */
  cleared: boolean;
  events: ProgressNote[];
};

type Writes = { baselines: Map<string, ApprovedBaseline>; runs: Map<number, RunWrite> };

const byToken = new Map<string, Writes>();

function writesOf(token: string): Writes {
  let writes = byToken.get(token);
  if (!writes) {
    writes = { baselines: new Map(), runs: new Map() };
    byToken.set(token, writes);
  }
  return writes;
}

const baselineKey = (regressionId: number, outputId: number) => `${regressionId}:${outputId}`;

export function approvedBaseline(token: string | null, regressionId: number, outputId: number): ApprovedBaseline | undefined {
  return token === null ? undefined : byToken.get(token)?.baselines.get(baselineKey(regressionId, outputId));
}

export function approveBaseline(token: string, regressionId: number, outputId: number, approved: ApprovedBaseline): void {
  writesOf(token).baselines.set(baselineKey(regressionId, outputId), approved);
}

export function runWrite(token: string | null, runId: number): RunWrite | undefined {
  return token === null ? undefined : byToken.get(token)?.runs.get(runId);
}

export function writeRun(token: string, runId: number, write: RunWrite): void {
  writesOf(token).runs.set(runId, write);
}

/** The run as the token's writes left it. */
export function runAsWritten(token: string | null, run: Run): Run {
  const write = runWrite(token, run.run_id);
  if (!write) return run;
  return { ...run, status: write.status, queued_at: write.queued_at, started_at: write.started_at, completed_at: write.completed_at };
}

/** Forgets what `token`'s writes changed, or every token's without one. */
export function resetWriteState(token?: string): void {
  if (token === undefined) byToken.clear();
  else byToken.delete(token);
}

export const nowIso = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
