// One computation in a one-off module Web Worker, with progress, cancelled when the page no longer wants it.
// Where no worker can start or load (the unit tests' DOM, a CSP without worker-src 'self', an old browser) it runs
// inline in a task of its own: slower to the eye, same result.

export type WorkerJobMessage<R> =
  { type: 'progress'; fraction: number } | { type: 'result'; result: R } | { type: 'error'; message: string };
export type WorkerJob<R> = { result: Promise<R>; cancel: () => void };

function inline<Req, R>(request: Req, compute: (request: Req) => R): WorkerJob<R> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const result = new Promise<R>((resolve, reject) => {
    timer = setTimeout(() => {
      try {
        resolve(compute(request));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }, 0);
  });
  return { result, cancel: () => clearTimeout(timer) };
}

/**
 * @param createWorker `() => new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })`, written out
 *   at the call site so the bundler finds the worker; the worker answers with `answerWorkerJobs`.
 * @param compute the same computation, for when no worker can run it.
 */
export function startWorkerJob<Req, R>(
  createWorker: () => Worker,
  request: Req,
  compute: (request: Req) => R,
  onProgress?: (fraction: number) => void,
): WorkerJob<R> {
  if (typeof Worker === 'undefined') return inline(request, compute);
  let worker: Worker;
  try {
    worker = createWorker();
  } catch {
    return inline(request, compute);
  }
  let fallback: WorkerJob<R> | null = null;
  const result = new Promise<R>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<WorkerJobMessage<R>>) => {
      if (data.type === 'progress') return onProgress?.(data.fraction);
      worker.terminate();
      if (data.type === 'result') resolve(data.result);
      else reject(new Error(data.message));
    };
    worker.onerror = () => {
      worker.terminate();
      fallback = inline(request, compute);
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

/** The worker's side: answers each request with `compute`'s result (or its error), reporting progress on the way. */
export function answerWorkerJobs<Req, R>(compute: (request: Req, onProgress: (fraction: number) => void) => R) {
  // The project's TypeScript lib is the DOM one; these are the two worker globals used here.
  const scope = self as unknown as {
    onmessage: ((event: MessageEvent<Req>) => void) | null;
    postMessage: (message: WorkerJobMessage<R>) => void;
  };
  scope.onmessage = ({ data }) => {
    try {
      const result = compute(data, (fraction) => scope.postMessage({ type: 'progress', fraction }));
      scope.postMessage({ type: 'result', result });
    } catch (error) {
      scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
