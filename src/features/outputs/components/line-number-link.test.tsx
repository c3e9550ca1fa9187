import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SelectLineContext } from '../hooks/use-select-line';
import { LineNumberLink } from './line-number-link';

const renderLink = (link: React.ReactNode, onSelect = vi.fn()) => {
  render(<SelectLineContext value={onSelect}>{link}</SelectLineContext>);
  return onSelect;
};

describe('LineNumberLink', () => {
  it('is a link to its own line that selects it on a plain click', async () => {
    const onSelect = renderLink(<LineNumberLink side="actual" line={120} />);
    const link = screen.getByRole('link', { name: 'Actual line 120' });
    expect(link).toHaveAttribute('href', '#R120');
    await userEvent.click(link);
    expect(onSelect).toHaveBeenCalledWith('actual', 120);
  });

  it('leaves modified clicks to the browser (open in a new tab, copy)', () => {
    const onSelect = renderLink(<LineNumberLink side="expected" line={3} />);
    fireEvent.click(screen.getByRole('link', { name: 'Expected line 3' }), { ctrlKey: true });
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('is a plain link outside an output screen', () => {
    render(<LineNumberLink side="expected" line={3} />);
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    screen.getByRole('link', { name: 'Expected line 3' }).dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });
});
