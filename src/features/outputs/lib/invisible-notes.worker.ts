// Runs compareInvisibles off the main thread (invisible-notes-client.ts).
import { answerWorkerJobs } from '@/lib/worker-job';
import { invisibleNotesOf } from './invisibles';

answerWorkerJobs(invisibleNotesOf);
