import { createContext, Suspense, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { lazyOr } from './lazy-or';

export type ToastItem = { id: number; message: string; tone: 'ok' | 'error' };
type Notify = (message: string, tone?: ToastItem['tone']) => void;

const ToastContext = createContext<Notify>(() => {});

// Radix's toast is not part of the first download: it loads with the user's first press or key (toasts answer them).
const loadToastList = () => import('./toast-list');

/** The toasts' component, loaded by `load`; should its chunk fail to load (offline, a new deployment), a plain list. */
export const lazyToastList = (load: () => Promise<typeof import('./toast-list')>) =>
  lazyOr(() => load().then((module) => module.ToastList), PlainToasts);

const ToastList = lazyToastList(loadToastList);

/** The messages without Radix: still shown, and announced. */
function PlainToasts({ toasts }: { toasts: readonly ToastItem[] }) {
  return (
    <ol className="toast-viewport" role="status" aria-label="Notifications">
      {toasts.map((toast) => (
        <li key={toast.id} className={`toast toast--${toast.tone}`}>
          {toast.message}
        </li>
      ))}
    </ol>
  );
}

let nextId = 1;

/** Short confirmations ("Link copied") announced to screen readers. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  // Mounted from the first toast on, so the viewport (F8) stays once it has been used.
  const [used, setUsed] = useState(false);
  const notify = useCallback<Notify>((message, tone = 'ok') => {
    setUsed(true);
    setToasts((current) => [...current.slice(-2), { id: nextId++, message, tone }]);
  }, []);
  const onClosed = useCallback((id: number) => setToasts((current) => current.filter((t) => t.id !== id)), []);
  useEffect(() => {
    // Every toast answers something the user did: the first press or key fetches the code, ahead of the toast.
    const load = () => void loadToastList().catch(() => {});
    const options = { capture: true, once: true };
    document.addEventListener('pointerdown', load, options);
    document.addEventListener('keydown', load, options);
    return () => {
      document.removeEventListener('pointerdown', load, options);
      document.removeEventListener('keydown', load, options);
    };
  }, []);
  return (
    <ToastContext.Provider value={notify}>
      {children}
      {used && (
        <Suspense fallback={null}>
          <ToastList toasts={toasts} onClosed={onClosed} />
        </Suspense>
      )}
    </ToastContext.Provider>
  );
}

export function useToast(): Notify {
  return useContext(ToastContext);
}
