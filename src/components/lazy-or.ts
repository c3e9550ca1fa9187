import { lazy, type ComponentType } from 'react';

/**
 * A component whose code loads when it first renders (React.lazy); should its chunk fail to load (offline, a new
 * deployment removed it), `fallback` renders in its place instead of an error, for the rest of the page's life.
 */
export function lazyOr<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ComponentType<P>) {
  return lazy(() =>
    load().then(
      (component) => ({ default: component }),
      () => ({ default: fallback }),
    ),
  );
}
