// A run of the API for unit tests that need one of their own (the demo's runs live in mocks/data/runs.ts).
import type { Run } from './mocks/data/api-types';

export function runFixture(over: Partial<Run> = {}): Run {
  return {
    run_id: 9461,
    status: 'pass',
    platform: 'linux',
    test_type: 'commit',
    repository: 'CCExtractor/ccextractor',
    branch: 'master',
    commit_sha: 'a'.repeat(40),
    pr_number: null,
    created_at: '2026-11-20T10:00:00Z',
    queued_at: null,
    started_at: '2026-11-20T10:05:00Z',
    completed_at: '2026-11-20T10:35:00Z',
    github_link: null,
    ...over,
  };
}
