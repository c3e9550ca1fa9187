// Runs captionDiff off the main thread: parsing and aligning 10,000 cues must never freeze scrolling.
import { captionDiff } from '../lib/caption-diff';
import { summarize } from '../lib/caption-summary';
import type { CaptionReply, CaptionRequest } from '../lib/caption-protocol';

type WorkerScope = { onmessage: ((event: MessageEvent<CaptionRequest>) => void) | null; postMessage: (message: CaptionReply) => void };
const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  try {
    const diff = captionDiff(data.expected, data.actual, data.filename);
    scope.postMessage({ id: data.id, ok: true, result: data.rows ? diff : summarize(diff) });
  } catch (error) {
    scope.postMessage({ id: data.id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
