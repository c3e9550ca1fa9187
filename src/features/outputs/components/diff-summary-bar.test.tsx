import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DiffSummaryBar } from './diff-summary-bar';

describe('DiffSummaryBar', () => {
  it('sums up the diff and both files', () => {
    render(<DiffSummaryBar added={1204} removed={2} hunks={1} expectedLines={40139} actualLines={40141} actualTruncated />);
    const bar = screen.getByLabelText('Diff summary');
    expect(bar).toHaveTextContent('+1,204');
    expect(bar).toHaveTextContent('−2');
    expect(bar).toHaveTextContent('1 hunk');
    expect(bar).toHaveTextContent('expected 40,139 lines');
    expect(bar).toHaveTextContent('actual ≥ 40,141 lines');
    expect(screen.getByLabelText('1,204 lines added')).toBeInTheDocument();
  });

  it('waits for file sizes it does not know yet', () => {
    render(<DiffSummaryBar added={0} removed={3} hunks={2} />);
    expect(screen.getByLabelText('Diff summary')).toHaveTextContent('expected …');
  });
});
