// Starts a full diff in a Web Worker, with progress, and cancels it when the
// page no longer wants it. Where no worker can start (the unit tests' DOM, a
// CSP without worker-src 'self') it runs inline after the "Computing…" state
// has painted: slower to the eye, same result.
import { computeFullDiff, type FullDiffOptions, type FullDiffResult } from './full-diff';

export type FullDiffRequest = { expected: string; actual: string; ids: FullDiffOptions['ids']; context: number };
export type FullDiffMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'result'; result: FullDiffResult }
  | { type: 'error'; message: string };

export type FullDiffJob = { result: Promise<FullDiffResult>; cancel: () => void };

function inline(request: FullDiffRequest): FullDiffJob {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const result = new Promise<FullDiffResult>((resolve, reject) => {
    timer = setTimeout(() => {
      try {
        resolve(computeFullDiff(request.expected, request.actual, { ids: request.ids, context: request.context }));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }, 0);
  });
  return { result, cancel: () => clearTimeout(timer) };
}

export function startFullDiff(request: FullDiffRequest, onProgress: (fraction: number) => void): FullDiffJob {
  if (typeof Worker === 'undefined') return inline(request);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./full-diff.worker.ts', import.meta.url), { type: 'module', name: 'full-diff' });
  } catch {
    return inline(request);
  }
  const result = new Promise<FullDiffResult>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<FullDiffMessage>) => {
      if (data.type === 'progress') return onProgress(data.fraction);
      worker.terminate();
      if (data.type === 'result') resolve(data.result);
      else reject(new Error(data.message));
    };
    // A worker that cannot load (blocked, or an old browser without module workers) leaves it to the page.
    worker.onerror = () => {
      worker.terminate();
      inline(request).result.then(resolve, reject);
    };
  });
  worker.postMessage(request);
  return { result, cancel: () => worker.terminate() };
}
