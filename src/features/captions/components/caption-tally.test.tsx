import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { queryKeys } from '@/lib/query-keys';
import { captionDiff } from '../lib/caption-diff';
import { summarize } from '../lib/caption-summary';
import { fixture, REF, renderWithQueries } from '../test-support';
import { CaptionTally } from './caption-tally';

/** The diff loads its parsers on first use, and the machine may be busy. */
const WAIT = { timeout: 10_000 };

const summaryOf = (name: string) => {
  const f = fixture(name);
  return summarize(captionDiff(f.expected, f.actual, f.filename));
};

describe('CaptionTally', () => {
  it('tallies the verdicts known so far, as they become known', async () => {
    const refs = [REF, { ...REF, outputId: 4 }, { ...REF, outputId: 5 }];
    const { queryClient } = renderWithQueries(<CaptionTally outputs={refs} />);
    expect(screen.getByText('3 failing caption outputs: their kinds show as you scroll to them.')).toBeInTheDocument();
    act(() => {
      queryClient.setQueryData(queryKeys.captions.verdict(refs[0] ?? REF), summaryOf('shift of 33 ms late'));
      queryClient.setQueryData(queryKeys.captions.verdict(refs[1] ?? REF), summaryOf('shift of 33 ms late'));
    });
    expect(
      await screen.findByText('3 failing caption outputs: 2 timing shift +33 ms (1 not looked at yet).', {}, WAIT),
    ).toBeInTheDocument();
  });

  it('counts verdicts cached before it appeared (from the output screen, say)', async () => {
    const refs = [REF, { ...REF, outputId: 4 }];
    const { queryClient, rerender } = renderWithQueries(<CaptionTally outputs={[]} />);
    act(() => queryClient.setQueryData(queryKeys.captions.verdict(REF), null));
    rerender(<CaptionTally outputs={refs} />);
    expect(await screen.findByText('2 failing caption outputs: 1 not classified (1 not looked at yet).', {}, WAIT)).toBeInTheDocument();
  });

  it('shows nothing for a run without failing caption outputs', () => {
    const { container } = renderWithQueries(<CaptionTally outputs={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
