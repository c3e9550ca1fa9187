import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyToastList, ToastProvider, useToast } from './toast';

function CopyLink() {
  const notify = useToast();
  return (
    <button type="button" onClick={() => notify('Link copied to the clipboard')}>
      Copy link
    </button>
  );
}

describe('toasts', () => {
  it('show the message, their code loaded with the first press', async () => {
    render(
      <ToastProvider>
        <CopyLink />
      </ToastProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied to the clipboard')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /Notifications/ })).toBeInTheDocument();
  });

  it('still show and announce the message when their code cannot be loaded', async () => {
    const Toasts = lazyToastList(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    render(
      <Suspense fallback={null}>
        <Toasts toasts={[{ id: 1, message: 'Link copied to the clipboard', tone: 'ok' }]} onClosed={() => {}} />
      </Suspense>,
    );
    expect(await screen.findByRole('status', { name: 'Notifications' })).toHaveTextContent('Link copied to the clipboard');
  });
});
