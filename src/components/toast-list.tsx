import * as Toast from 'radix-ui/toast';
import type { ToastItem } from './toast';

/** The toasts on screen, with Radix's viewport (F8) and live region; loaded with the first toast (toast.tsx). */
export function ToastList({ toasts, onClosed }: { toasts: readonly ToastItem[]; onClosed: (id: number) => void }) {
  return (
    <Toast.Provider duration={3000} swipeDirection="right">
      {toasts.map((toast) => (
        <Toast.Root
          key={toast.id}
          className={`toast toast--${toast.tone}`}
          onOpenChange={(open) => {
            if (!open) onClosed(toast.id);
          }}
        >
          <Toast.Description>{toast.message}</Toast.Description>
        </Toast.Root>
      ))}
      <Toast.Viewport className="toast-viewport" label="Notifications ({hotkey})" />
    </Toast.Provider>
  );
}
