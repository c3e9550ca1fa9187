// A rendering bug (hostile data the code did not expect, a library that throws) must never leave a white page:
// the route's screen, or one part of it such as the diff renderer, becomes a panel that says what broke, with
// "Reload". The rest of the app (header, navigation, other panels) keeps working.
import './error-boundary.css';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { Link } from '@tanstack/react-router';
import { Component, useId, type ErrorInfo, type ReactNode } from 'react';
import { useSession } from '@/lib/session';
import { SafeText } from './safe-text';

/** An error's message as the panel shows it: the session's token (should any code put it there) blanked out. */
export function errorMessageOf(error: unknown, token = useSession.getState().token): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : 'Unknown error';
  let message = raw.replace(/(Bearer\s+)\S+/gi, '$1[token]');
  if (token) message = message.split(token).join('[token]');
  return message.slice(0, 2_000) || 'No message';
}

type PanelProps = {
  error: unknown;
  /** What could not be shown, in words: "this screen", "the diff". */
  what?: string;
  /** Offers "Try again" (re-render without reloading) when given. */
  onReset?: () => void;
  /** Whether to offer the way back to the runs list (not needed inside a screen that still shows its navigation). */
  homeLink?: boolean;
};

/** "Could not show …", the error's message as text, "Reload" (and "Try again" when it can reset). */
export function ErrorPanel({ error, what = 'this screen', onReset, homeLink = true }: PanelProps) {
  const titleId = useId();
  return (
    <section className="state-panel state-panel--error error-boundary" role="alert" aria-labelledby={titleId}>
      <h2 id={titleId}>Could not show {what}</h2>
      <p>
        The viewer hit a bug while showing {what}. Reloading the page usually helps; if it does not, the message below helps a bug report.
      </p>
      <pre className="error-boundary__message">
        <SafeText text={errorMessageOf(error)} />
      </pre>
      <p className="button-row">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>{' '}
        {onReset && (
          <button type="button" className="button button--quiet" onClick={onReset}>
            Try again
          </button>
        )}{' '}
        {homeLink && <Link to="/">Go to the runs list</Link>}
      </p>
    </section>
  );
}

/** The router's `defaultErrorComponent`: a route whose screen throws shows this inside the app's layout. */
export function RouteErrorPanel({ error, reset }: ErrorComponentProps) {
  return <ErrorPanel error={error} what="this screen" onReset={reset} />;
}

type BoundaryProps = {
  children: ReactNode;
  /** What the wrapped part shows, for the panel's title: "the diff". */
  what: string;
  /** When any of these change (another output, another view), the boundary tries its children again. */
  resetKeys?: readonly unknown[];
  homeLink?: boolean;
};

type BoundaryState = { error: unknown; keys: readonly unknown[] | undefined; failed: boolean };

/** Catches a rendering error in one part of a screen, e.g. around the diff renderer. */
export class ErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, keys: this.props.resetKeys, failed: false };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    const changed =
      props.resetKeys !== state.keys &&
      (props.resetKeys?.length !== state.keys?.length || props.resetKeys?.some((key, i) => !Object.is(key, state.keys?.[i])));
    if (!changed) return null;
    return state.failed ? { error: null, failed: false, keys: props.resetKeys } : { keys: props.resetKeys };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // React logs the error itself; this adds where it was caught, without the token.
    console.error(`Rendering ${this.props.what} failed: ${errorMessageOf(error)}`, info.componentStack ?? '');
  }

  private reset = () => this.setState({ error: null, failed: false });

  override render() {
    if (this.state.failed)
      return <ErrorPanel error={this.state.error} what={this.props.what} onReset={this.reset} homeLink={this.props.homeLink ?? false} />;
    return this.props.children;
  }
}
