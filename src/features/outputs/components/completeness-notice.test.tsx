import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CompletenessNotice } from './completeness-notice';

const reasons = ['The server showed 500 of 702 hunks', 'Some lines are cut at 1,000 characters'];
const props = { reasons, cannotCompute: null, onCompute: vi.fn(), onShowServerDiff: vi.fn() };

describe('CompletenessNotice', () => {
  it('says plainly that the diff is incomplete and why, and offers to compute it', async () => {
    const onCompute = vi.fn();
    render(<CompletenessNotice {...props} status={{ kind: 'idle' }} onCompute={onCompute} />);
    expect(screen.getByText('This diff is incomplete.')).toBeInTheDocument();
    expect(screen.getByText('The server showed 500 of 702 hunks.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Compute full diff' }));
    expect(onCompute).toHaveBeenCalled();
  });

  it('shows progress, then the result with a way back', async () => {
    const onShowServerDiff = vi.fn();
    const { rerender } = render(<CompletenessNotice {...props} status={{ kind: 'running', fraction: 0.4 }} />);
    expect(screen.getByRole('button', { name: 'Computing the full diff…' })).toBeDisabled();
    expect(screen.getByRole('progressbar', { name: 'Full diff progress' })).toHaveAttribute('value', '0.4');
    rerender(<CompletenessNotice {...props} status={{ kind: 'done', elapsedMs: 420 }} onShowServerDiff={onShowServerDiff} />);
    expect(screen.getByText(/computed in this browser from the two files in 420 ms/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show the server’s diff' }));
    expect(onShowServerDiff).toHaveBeenCalled();
  });

  it('says why it cannot compute one', () => {
    render(<CompletenessNotice {...props} status={{ kind: 'idle' }} cannotCompute="A file was cut at the API’s 1 MiB limit." />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(/1 MiB limit/)).toBeInTheDocument();
  });
});
