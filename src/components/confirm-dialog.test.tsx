import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog, lazyConfirmDialog } from './confirm-dialog';
import type { ConfirmDialogProps } from './confirm-dialog-radix';

function Asker({ onConfirm = () => {} }: { onConfirm?: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Run again
      </button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Run again?"
        description="The platform queues a new run of this commit."
        confirmLabel="Run again now"
        busy={false}
        onConfirm={onConfirm}
      />
    </>
  );
}

describe('ConfirmDialog', () => {
  it('loads the dialog on the first opening; it confirms once, and Cancel closes it with focus back on the button', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<Asker onConfirm={onConfirm} />);
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Run again' }));
    const dialog = await screen.findByRole('dialog', { name: 'Run again?' });
    expect(dialog).toHaveAccessibleDescription('The platform queues a new run of this commit.');
    await user.click(screen.getByRole('button', { name: 'Run again now' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Run again' })).toHaveFocus();
    // Opens again from the loaded code.
    await user.click(screen.getByRole('button', { name: 'Run again' }));
    expect(screen.getByRole('dialog', { name: 'Run again?' })).toBeInTheDocument();
  });

  it('says so, sends nothing, and gives focus back to the button, when the dialog’s code cannot be loaded', async () => {
    const Dialog = lazyConfirmDialog(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    const props: ConfirmDialogProps = {
      open: true,
      onOpenChange: vi.fn(),
      title: 'Approve as expected?',
      description: 'The new baseline.',
      confirmLabel: 'Approve',
      busy: false,
      onConfirm: vi.fn(),
    };
    const opener = document.body.appendChild(document.createElement('button'));
    opener.textContent = 'Approve as expected';
    opener.focus();
    await act(async () => {
      render(<Dialog {...props} />);
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“Approve as expected?” could not be opened: the viewer could not load its code (offline, or a new version was deployed). Nothing was sent. Reload the page and try again.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(props.onOpenChange).toHaveBeenCalledWith(false);
    expect(props.onConfirm).not.toHaveBeenCalled();
    expect(opener).toHaveFocus();
    opener.remove();
  });
});
