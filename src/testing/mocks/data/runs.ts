// The runs (one CCExtractor build tested on one platform): twelve hand-made ones around the main failing run
// 9461, and sixty older generated ones (9401–9460) so the runs list has pages to load.
import type { Platform, Run, RunStatus } from './api-types';
import { lazy, rng } from './prng';

/** What a run's results look like; see outcomes.ts. */
export type RunProfile =
  | { kind: 'main' }
  | { kind: 'pass' }
  | { kind: 'pr1724-early' }
  | { kind: 'crash708' }
  | { kind: 'flaky'; failures: number }
  | { kind: 'xds-regression' }
  /** The master run the main run is compared with: some of its failures already there, others fixed since. */
  | { kind: 'master-base' }
  /** An earlier master run where the demo's flaky test failed too (see 'master-base'). */
  | { kind: 'flake' }
  | { kind: 'partial'; done: number; running: boolean };

export type RunDef = { run: Run; ccxVersion: string; profile: RunProfile };

const REPO = 'CCExtractor/ccextractor';
export const FORK_REPO = 'x15sr71/ccextractor';
export const MAIN_RUN_ID = 9461;

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const MIN = 60_000;

type Commit = {
  sha: string;
  testType: 'pr' | 'commit';
  repository: string;
  branch: string | null;
  pr: number | null;
  createdMs: number;
  ccxVersion: string;
};

function githubLink(commit: Commit): string {
  return commit.testType === 'pr'
    ? `https://github.com/${commit.repository}/pull/${commit.pr}`
    : `https://github.com/${commit.repository}/commit/${commit.sha}`;
}

function makeRun(id: number, platform: Platform, commit: Commit, status: RunStatus): Run {
  const r = rng(`run ${id}`);
  const created = commit.createdMs + (platform === 'windows' ? 2_000 : 0);
  const started = created + r.int(3, platform === 'windows' ? 45 : 25) * MIN + r.int(0, 59) * 1000;
  const duration = (platform === 'windows' ? r.int(46, 72) : r.int(27, 41)) * MIN + r.int(0, 59) * 1000;
  const hasStarted = status !== 'queued';
  const hasCompleted = status !== 'queued' && status !== 'running';
  const cut = status === 'canceled' ? 0.4 : status === 'incomplete' ? 0.9 : 1;
  return {
    run_id: id,
    status,
    platform,
    test_type: commit.testType,
    repository: commit.repository,
    branch: commit.branch,
    commit_sha: commit.sha,
    pr_number: commit.pr,
    created_at: iso(created),
    queued_at: iso(created + 1_000),
    started_at: hasStarted ? iso(started) : null,
    completed_at: hasCompleted ? iso(started + Math.round((duration * cut) / 1000) * 1000) : null,
    github_link: githubLink(commit),
  };
}

const commit = (key: string, init: Omit<Commit, 'sha'>): Commit => ({ sha: rng(`commit ${key}`).hex(40), ...init });
const at = (date: string) => Date.parse(date);

/** Status of a completed run follows from its results: any failure makes it fail. */
function completedStatus(profile: RunProfile): RunStatus {
  return profile.kind === 'pass' ? 'pass' : 'fail';
}

export const getRuns = lazy((): RunDef[] => {
  const defs: RunDef[] = [];
  const pair = (linuxId: number, c: Commit, linux: RunProfile, windows: RunProfile, statuses?: [RunStatus, RunStatus]) => {
    const [ls, ws] = statuses ?? [completedStatus(linux), completedStatus(windows)];
    defs.push({ run: makeRun(linuxId, 'linux', c, ls), ccxVersion: c.ccxVersion, profile: linux });
    defs.push({ run: makeRun(linuxId + 1, 'windows', c, ws), ccxVersion: c.ccxVersion, profile: windows });
  };

  // Older generated history: master commits and pull requests, a regression that lived for a week, flakes.
  const history = rng('run history');
  let created = at('2026-11-17T06:10:00Z');
  const older: { id: number; c: Commit; linux: RunProfile; windows: RunProfile; statuses?: [RunStatus, RunStatus] }[] = [];
  for (let p = 29; p >= 0; p--) {
    created -= history.int(9 * 60, 20 * 60) * MIN;
    const id = 9401 + 2 * p;
    const ccxVersion = p < 15 ? '0.94' : '0.95';
    let c: Commit;
    if (p === 24 || p === 27) {
      c = commit(`pr1724 push ${p}`, { testType: 'pr', repository: REPO, branch: null, pr: 1724, createdMs: created, ccxVersion });
    } else if (p === 13) {
      c = commit(`fork ${p}`, {
        testType: 'commit',
        repository: 'ssj-dev/ccextractor',
        branch: 'wtv-seek-fix',
        pr: null,
        createdMs: created,
        ccxVersion,
      });
    } else if (history.chance(0.4)) {
      c = commit(`pr ${p}`, { testType: 'pr', repository: REPO, branch: null, pr: 1690 + p, createdMs: created, ccxVersion });
    } else {
      c = commit(`master ${p}`, { testType: 'commit', repository: REPO, branch: 'master', pr: null, createdMs: created, ccxVersion });
    }
    let linux: RunProfile = { kind: 'pass' };
    let windows: RunProfile = { kind: 'pass' };
    let statuses: [RunStatus, RunStatus] | undefined;
    if (p === 24 || p === 27) linux = { kind: 'pr1724-early' };
    else if (p >= 5 && p <= 11) linux = windows = { kind: 'xds-regression' };
    else if (p === 17) {
      windows = { kind: 'partial', done: 0.35, running: false };
      statuses = ['pass', 'canceled'];
    } else if (history.chance(0.3)) {
      const flaky: RunProfile = { kind: 'flaky', failures: history.int(1, 4) };
      if (history.chance(0.5)) linux = flaky;
      else windows = flaky;
    }
    // Set after the draws above, so the other runs stay as they were. The newest of these (p = 29: 9459/9460, a
    // master commit; p = 0 is the oldest, 9401) is the base run of the pull request's runs 9461/9462; 9445 (master)
    // is where the demo's flaky test failed before.
    if (p === 29) linux = windows = { kind: 'master-base' };
    if (p === 22) linux = { kind: 'flake' };
    older.push({ id, c, linux, windows, statuses });
  }

  // The hand-made recent runs, newest last here (sorted below).
  const pr1724 = commit('pr1724', {
    testType: 'pr',
    repository: REPO,
    branch: null,
    pr: 1724,
    createdMs: at('2026-11-17T19:47:05Z'),
    ccxVersion: '0.95',
  });
  const master1 = commit('master after 1724', {
    testType: 'commit',
    repository: REPO,
    branch: 'master',
    pr: null,
    createdMs: at('2026-11-18T14:02:41Z'),
    ccxVersion: '0.95',
  });
  const pr1728 = commit('pr1728', {
    testType: 'pr',
    repository: REPO,
    branch: null,
    pr: 1728,
    createdMs: at('2026-11-19T10:31:17Z'),
    ccxVersion: '0.95',
  });
  const fork = commit('fork teletext', {
    testType: 'commit',
    repository: FORK_REPO,
    branch: 'improve-teletext-g0',
    pr: null,
    createdMs: at('2026-11-19T21:05:52Z'),
    ccxVersion: '0.95',
  });
  const master2 = commit('master 2', {
    testType: 'commit',
    repository: REPO,
    branch: 'master',
    pr: null,
    createdMs: at('2026-11-20T16:20:09Z'),
    ccxVersion: '0.95',
  });
  const pr1731 = commit('pr1731', {
    testType: 'pr',
    repository: REPO,
    branch: null,
    pr: 1731,
    createdMs: at('2026-11-21T08:52:11Z'),
    ccxVersion: '0.95',
  });

  for (const o of older.reverse()) pair(o.id, o.c, o.linux, o.windows, o.statuses);
  pair(9461, pr1724, { kind: 'main' }, { kind: 'pass' });
  pair(9463, master1, { kind: 'pass' }, { kind: 'pass' });
  pair(9465, pr1728, { kind: 'crash708' }, { kind: 'crash708' });
  pair(9467, fork, { kind: 'pass' }, { kind: 'pass' });
  pair(9469, master2, { kind: 'partial', done: 0.4, running: false }, { kind: 'partial', done: 0.9, running: false }, [
    'canceled',
    'incomplete',
  ]);
  pair(9471, pr1731, { kind: 'partial', done: 0.55, running: true }, { kind: 'partial', done: 0, running: false }, ['running', 'queued']);

  return defs.sort((a, b) => Date.parse(b.run.created_at ?? '') - Date.parse(a.run.created_at ?? '') || b.run.run_id - a.run.run_id);
});

export function findRun(id: number): RunDef | undefined {
  return getRuns().find((def) => def.run.run_id === id);
}
