// Compares what the eye cannot see in two files off the main thread (src/lib/worker-job.ts): for two 1 MiB outputs
// the line splits, near-match sets and character scan of compareInvisibles took 150-200 ms in one task.
import { startWorkerJob, type WorkerJob } from '@/lib/worker-job';
import { invisibleNotesOf, type InvisibleNotesRequest } from './invisibles';

export function startInvisibleNotes(request: InvisibleNotesRequest): WorkerJob<string[]> {
  const createWorker = () =>
    new Worker(new URL('./invisible-notes.worker.ts', import.meta.url), { type: 'module', name: 'invisible-notes' });
  return startWorkerJob(createWorker, request, invisibleNotesOf);
}
