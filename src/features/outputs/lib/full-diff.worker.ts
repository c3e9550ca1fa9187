// Runs the full diff off the main thread (full-diff-client.ts).
import { answerWorkerJobs } from '@/lib/worker-job';
import { fullDiffOf } from './full-diff';

answerWorkerJobs(fullDiffOf);
