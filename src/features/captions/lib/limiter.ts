// At most `concurrency` tasks at once, the rest waiting in order. A waiting task
// whose signal aborts (its row scrolled away) leaves the queue without running.

export type Limiter = <T>(task: () => Promise<T>, signal?: AbortSignal) => Promise<T>;

export function createLimiter(concurrency: number): Limiter {
  let running = 0;
  const queue: Array<() => void> = [];
  const next = () => {
    if (running < concurrency) queue.shift()?.();
  };
  return <T>(task: () => Promise<T>, signal?: AbortSignal) =>
    new Promise<T>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = () => {
        const index = queue.indexOf(start);
        if (index >= 0) queue.splice(index, 1);
        reject(signal?.reason);
      };
      const start = () => {
        signal?.removeEventListener('abort', onAbort);
        running += 1;
        task()
          .then(resolve, reject)
          .finally(() => {
            running -= 1;
            next();
          });
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      queue.push(start);
      next();
    });
}
