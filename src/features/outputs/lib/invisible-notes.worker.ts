// Compares what the eye cannot see in two files off the main thread: for two 1 MiB outputs the line
// splits, near-match sets and character scan of compareInvisibles took 150-200 ms in one task.
import { compareInvisibles } from './invisibles';
import type { InvisibleNotesMessage, InvisibleNotesRequest } from './invisible-notes-client';

// The project's TypeScript lib is the DOM one; these are the two worker globals used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<InvisibleNotesRequest>) => void) | null;
  postMessage: (message: InvisibleNotesMessage) => void;
};

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ type: 'result', notes: compareInvisibles(data.expected, data.actual) });
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
