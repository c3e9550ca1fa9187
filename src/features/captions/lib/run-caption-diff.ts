// The caption diff in a Web Worker, one per page, answering requests by id. Where
// a worker cannot start (tests, a CSP without worker-src 'self') it runs here.
import type { CaptionDiff } from './caption-diff';
import type { CaptionInput, CaptionReply, CaptionRequest } from './caption-protocol';
import { summarize, type CaptionSummary } from './caption-summary';

type Result = CaptionDiff | CaptionSummary;
type Pending = { input: CaptionInput; rows: boolean; resolve: (value: Result) => void; reject: (error: Error) => void };

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const started = new Worker(new URL('../worker/caption-diff.worker.ts', import.meta.url), { type: 'module', name: 'caption-diff' });
    started.onmessage = ({ data }: MessageEvent<CaptionReply>) => {
      const request = pending.get(data.id);
      pending.delete(data.id);
      if (!request) return;
      if (data.ok) request.resolve(data.result);
      else request.reject(new Error(data.message));
    };
    started.onerror = (event) => {
      // A worker that fails to load answers nothing: compute what waits, and what follows, here.
      event.preventDefault();
      worker = null;
      started.terminate();
      const waiting = [...pending.values()];
      pending.clear();
      for (const request of waiting) computeHere(request.input, request.rows).then(request.resolve, request.reject);
    };
    return started;
  } catch {
    return null;
  }
}

async function computeHere(input: CaptionInput, rows: boolean): Promise<Result> {
  // Loaded only when needed, so the parsers stay out of the first page's bundle.
  const { captionDiff } = await import('./caption-diff');
  const diff = captionDiff(input.expected, input.actual, input.filename);
  return rows ? diff : summarize(diff);
}

function post(input: CaptionInput, rows: boolean): Promise<Result> {
  if (worker === undefined) worker = startWorker();
  const target = worker;
  if (!target) return computeHere(input, rows);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { input, rows, resolve, reject });
    const request: CaptionRequest = { ...input, id, rows };
    target.postMessage(request);
  });
}

/** The whole diff, rows included: for the cue view. */
export function runCaptionDiff(input: CaptionInput): Promise<CaptionDiff> {
  return post(input, true) as Promise<CaptionDiff>;
}

/** Only the verdict: for lists. */
export function runCaptionSummary(input: CaptionInput): Promise<CaptionSummary> {
  return post(input, false).then(summarize);
}
