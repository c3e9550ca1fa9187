import { render, screen } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { RunStatusBadge } from './run-status-badge';
import { OutputStatusBadge, VerdictBadge } from './verdict-badges';

it('reads the platform’s `error` run status as a run with no results', () => {
  render(<RunStatusBadge status="error" />);
  expect(screen.getByText('error (no results)')).toHaveAttribute('title', 'the run completed with no results');
});

it('shows a status it does not know as it came, marked, and warns once', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  render(
    <>
      <RunStatusBadge status="paused" />
      <RunStatusBadge status="paused" />
      <OutputStatusBadge status="quarantined" />
      <VerdictBadge verdict="unknown" status="flaky" />
    </>,
  );
  expect(screen.getAllByText('paused (unknown status)')).toHaveLength(2);
  expect(screen.getByText('quarantined (unknown status)')).toBeInTheDocument();
  expect(screen.getByText('flaky (unknown status)')).toBeInTheDocument();
  expect(warn.mock.calls.filter(([message]) => String(message).includes('"paused"'))).toHaveLength(1);
});

it('keeps the words of the statuses it knows', () => {
  render(
    <>
      <OutputStatusBadge status="missing_expected" />
      <VerdictBadge verdict="missing_output" status="missing_output" />
    </>,
  );
  expect(screen.getByText('no baseline')).toBeInTheDocument();
  expect(screen.getByText('missing output')).toBeInTheDocument();
});
