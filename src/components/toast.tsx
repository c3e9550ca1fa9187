import * as Toast from 'radix-ui/toast';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type ToastItem = { id: number; message: string; tone: 'ok' | 'error' };
type Notify = (message: string, tone?: ToastItem['tone']) => void;

const ToastContext = createContext<Notify>(() => {});

let nextId = 1;

/** Short confirmations ("Link copied") announced to screen readers. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const notify = useCallback<Notify>((message, tone = 'ok') => {
    setToasts((current) => [...current.slice(-2), { id: nextId++, message, tone }]);
  }, []);
  return (
    <ToastContext.Provider value={notify}>
      <Toast.Provider duration={3000} swipeDirection="right">
        {children}
        {toasts.map((toast) => (
          <Toast.Root
            key={toast.id}
            className={`toast toast--${toast.tone}`}
            onOpenChange={(open) => {
              if (!open) setToasts((current) => current.filter((t) => t.id !== toast.id));
            }}
          >
            <Toast.Description>{toast.message}</Toast.Description>
          </Toast.Root>
        ))}
        <Toast.Viewport className="toast-viewport" label="Notifications ({hotkey})" />
      </Toast.Provider>
    </ToastContext.Provider>
  );
}

export function useToast(): Notify {
  return useContext(ToastContext);
}
