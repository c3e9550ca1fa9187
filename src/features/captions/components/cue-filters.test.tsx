import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CueFilters } from './cue-filters';

describe('CueFilters', () => {
  it('shows the choice in use, with counts, and reports a new one', async () => {
    const onChange = vi.fn();
    render(<CueFilters filter="timing" counts={{ all: 1200, text: 3, timing: 1197 }} onChange={onChange} />);
    expect(screen.getByRole('radio', { name: 'Timing only (1,197)' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Text changes only (3)' }));
    expect(onChange).toHaveBeenLastCalledWith('text');
    await userEvent.click(screen.getByRole('radio', { name: 'All cues (1,200)' }));
    expect(onChange).toHaveBeenLastCalledWith(undefined);
  });
});
