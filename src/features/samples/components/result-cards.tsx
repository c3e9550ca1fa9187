import './result-cards.css';
import type { ReactNode } from 'react';
import { VirtualStack } from '@/components/virtual-stack';
import type { RunSample } from '@/lib/result-status';

/**
 * A sample has a handful of regression tests, rendered whole (the browser's find sees them all). Past this many
 * (some samples have a hundred) only the cards near the screen are drawn: each costs ~0.4 ms and 40 elements.
 */
const PLAIN_CARDS = 30;

/** A card's height before it is measured: its fixed parts, and a line per output file. */
const estimateCardHeight = (result: RunSample | undefined) => 190 + 34 * (result?.outputs.length ?? 1);

type Props = {
  runId: number;
  sampleId: number;
  results: RunSample[];
  renderCard: (result: RunSample, position: { at: number; of: number }) => ReactNode;
};

/** The sample's cards as a feed: assistive technology learns each card's place and their number, drawn or not. */
export function ResultCards({ runId, sampleId, results, renderCard }: Props) {
  return (
    <div role="feed" aria-label={`Regression tests of sample ${sampleId} in run ${runId}`} aria-busy={false}>
      <VirtualStack
        className="result-cards"
        virtual={results.length > PLAIN_CARDS}
        count={results.length}
        estimateSize={(i) => estimateCardHeight(results[i])}
        itemKey={(i) => String(results[i]?.regression_test_id ?? i)}
        overscan={2}
        renderItem={(i) => {
          const result = results[i];
          return result ? renderCard(result, { at: i + 1, of: results.length }) : null;
        }}
      />
    </div>
  );
}
