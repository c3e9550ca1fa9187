// Starts a full diff in a Web Worker (src/lib/worker-job.ts), with progress: diffing two 1 MiB files takes seconds
// in the worst case, and the page must stay responsive meanwhile.
import { startWorkerJob, type WorkerJob } from '@/lib/worker-job';
import { fullDiffOf, type FullDiffRequest, type FullDiffResult } from './full-diff';

export type FullDiffJob = WorkerJob<FullDiffResult>;

export function startFullDiff(request: FullDiffRequest, onProgress: (fraction: number) => void): FullDiffJob {
  const createWorker = () => new Worker(new URL('./full-diff.worker.ts', import.meta.url), { type: 'module', name: 'full-diff' });
  return startWorkerJob(createWorker, request, (r) => fullDiffOf(r), onProgress);
}
