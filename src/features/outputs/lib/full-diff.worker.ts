// Runs computeFullDiff off the main thread: diffing two 1 MiB files takes
// seconds in the worst case, and the page must stay responsive meanwhile.
import { computeFullDiff } from './full-diff';
import type { FullDiffRequest, FullDiffMessage } from './full-diff-client';

// The project's TypeScript lib is the DOM one; these are the two worker globals used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<FullDiffRequest>) => void) | null;
  postMessage: (message: FullDiffMessage) => void;
};

scope.onmessage = ({ data }) => {
  try {
    const result = computeFullDiff(data.expected, data.actual, {
      ids: data.ids,
      context: data.context,
      onProgress: (fraction) => scope.postMessage({ type: 'progress', fraction }),
    });
    scope.postMessage({ type: 'result', result });
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
