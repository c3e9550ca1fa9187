import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LineNumberLink } from './line-number-link';

describe('LineNumberLink', () => {
  it('is a link to its own line that selects it on a plain click', async () => {
    const onSelect = vi.fn();
    render(<LineNumberLink side="actual" line={120} onSelect={onSelect} />);
    const link = screen.getByRole('link', { name: 'Actual line 120' });
    expect(link).toHaveAttribute('href', '#R120');
    await userEvent.click(link);
    expect(onSelect).toHaveBeenCalledWith('actual', 120);
  });

  it('leaves modified clicks to the browser (open in a new tab, copy)', () => {
    const onSelect = vi.fn();
    render(<LineNumberLink side="expected" line={3} onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('link', { name: 'Expected line 3' }), { ctrlKey: true });
    expect(onSelect).not.toHaveBeenCalled();
  });
});
