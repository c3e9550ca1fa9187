import './dialog.css';
import './confirm-dialog.css';
import * as Dialog from 'radix-ui/dialog';
import type { ReactNode } from 'react';
import { useFocusReturn } from '@/hooks/use-focus-return';

export type ConfirmDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /** What will happen, in a sentence: the dialog's accessible description. */
  description: ReactNode;
  /** Choices and facts between the description and the buttons. */
  children?: ReactNode;
  /** After the buttons: what the last attempt answered (a failure). */
  outcome?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** The write is on its way: the confirm button is busy and the dialog stays until the answer. */
  busy: boolean;
  onConfirm: () => void;
  tone?: 'primary' | 'danger';
};

/**
 * The dialog of `ConfirmDialog` (confirm-dialog.tsx), loaded when it first opens. A write asks first (Radix Dialog:
 * focus kept inside, Escape and the Cancel button close it). One click on the confirm button sends the write once; the
 * button is busy and disabled until the answer, and the dialog cannot be closed meanwhile, so what the answer says
 * lands where the user is looking.
 */
export function RadixConfirmDialog(props: ConfirmDialogProps) {
  const { open, onOpenChange, title, description, children, outcome, confirmLabel, cancelLabel = 'Cancel', busy, onConfirm } = props;
  const keep = (event: Event) => {
    if (busy) event.preventDefault();
  };
  // Opened by the screen's own button, not a Dialog.Trigger.
  const focusReturn = useFocusReturn();
  return (
    <Dialog.Root open={open} onOpenChange={(next) => (busy && !next ? undefined : onOpenChange(next))}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog confirm-dialog"
          {...focusReturn}
          onEscapeKeyDown={keep}
          onPointerDownOutside={keep}
          onInteractOutside={keep}
        >
          <Dialog.Title className="confirm-dialog__title">{title}</Dialog.Title>
          <Dialog.Description asChild>
            <div className="confirm-dialog__description">{description}</div>
          </Dialog.Description>
          {children}
          <form
            className="confirm-dialog__buttons"
            onSubmit={(event) => {
              event.preventDefault();
              if (!busy) onConfirm();
            }}
          >
            <button
              type="submit"
              className={`button ${props.tone === 'danger' ? 'button--danger' : 'button--primary'}`}
              disabled={busy}
              aria-busy={busy}
            >
              {busy && <span className="spinner" aria-hidden="true" />}
              {confirmLabel}
            </button>
            <Dialog.Close asChild>
              <button type="button" className="button" disabled={busy}>
                {cancelLabel}
              </button>
            </Dialog.Close>
          </form>
          {busy && (
            <p className="muted" role="status">
              Waiting for the server’s answer…
            </p>
          )}
          {outcome}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
