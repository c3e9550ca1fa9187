// Runs compareInvisibles in a Web Worker. Where no worker can start (the unit tests' DOM, a CSP
// without worker-src 'self', a worker that fails to load) it runs inline in a task of its own.
import { compareInvisibles } from './invisibles';

export type InvisibleNotesRequest = { expected: string; actual: string };
export type InvisibleNotesMessage = { type: 'result'; notes: string[] } | { type: 'error'; message: string };
export type InvisibleNotesJob = { result: Promise<string[]>; cancel: () => void };

function inline(request: InvisibleNotesRequest): InvisibleNotesJob {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const result = new Promise<string[]>((resolve, reject) => {
    timer = setTimeout(() => {
      try {
        resolve(compareInvisibles(request.expected, request.actual));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }, 0);
  });
  return { result, cancel: () => clearTimeout(timer) };
}

export function startInvisibleNotes(request: InvisibleNotesRequest): InvisibleNotesJob {
  if (typeof Worker === 'undefined') return inline(request);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./invisible-notes.worker.ts', import.meta.url), { type: 'module', name: 'invisible-notes' });
  } catch {
    return inline(request);
  }
  let fallback: InvisibleNotesJob | null = null;
  const result = new Promise<string[]>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<InvisibleNotesMessage>) => {
      worker.terminate();
      if (data.type === 'result') resolve(data.notes);
      else reject(new Error(data.message));
    };
    worker.onerror = () => {
      worker.terminate();
      fallback = inline(request);
      fallback.result.then(resolve, reject);
    };
  });
  worker.postMessage(request);
  return {
    result,
    cancel: () => {
      worker.terminate();
      fallback?.cancel();
    },
  };
}
