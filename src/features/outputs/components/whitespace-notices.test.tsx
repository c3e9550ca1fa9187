import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { HiddenWhitespaceNotice, WhitespaceOnlyBadge } from './whitespace-notices';

describe('WhitespaceOnlyBadge', () => {
  it('says it in words and explains on hover', () => {
    render(<WhitespaceOnlyBadge lines={12} />);
    expect(screen.getByText('Whitespace only')).toHaveAttribute(
      'title',
      '12 lines differ only in trailing spaces, tabs or line endings (CR)',
    );
  });
});

describe('HiddenWhitespaceNotice', () => {
  it('counts what it hides and shows it again on request', async () => {
    const onShow = vi.fn();
    const { rerender } = render(<HiddenWhitespaceNotice lines={3} nothingLeft={false} onShow={onShow} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      '3 lines that differ only in trailing spaces, tabs or line endings are shown as unchanged.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show whitespace changes' }));
    expect(onShow).toHaveBeenCalledOnce();
    rerender(<HiddenWhitespaceNotice lines={40} nothingLeft onShow={onShow} />);
    expect(screen.getByRole('status')).toHaveTextContent('Nothing but whitespace differs: 40 changed lines');
  });
});
