import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { HiddenLinesBar } from './hidden-lines-bar';

const props = { count: 42, expectedFrom: 7, actualFrom: 8, expandable: true, inexact: false, onExpand: vi.fn() };

describe('HiddenLinesBar', () => {
  it('offers to show the hidden lines and says where they are', async () => {
    const onExpand = vi.fn();
    render(<HiddenLinesBar {...props} onExpand={onExpand} />);
    expect(screen.getByText('expected 7–48, actual 8–49')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show 42 hidden lines' }));
    expect(onExpand).toHaveBeenCalled();
  });

  it('warns where a capped diff dropped changes instead of showing wrong lines', () => {
    render(<HiddenLinesBar {...props} expandable={false} inexact />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(/changes may be missing/)).toBeInTheDocument();
  });

  it('says lines past a truncated file cannot be shown, and waits for the expected file', () => {
    const { rerender } = render(<HiddenLinesBar {...props} expandable={false} />);
    expect(screen.getByText(/beyond the part of the file the API sent/)).toBeInTheDocument();
    rerender(<HiddenLinesBar {...props} expandable={false} loading />);
    // Its button waits in place, disabled, saying why.
    expect(screen.getByRole('button', { name: 'Show 42 hidden lines (loading the expected file to show them…)' })).toBeDisabled();
  });
});
