// react-diff-viewer-continued computes its styles per instance, and each computation makes a new emotion
// cache that serializes and inserts every rule again. The diff mounts one viewer per window of a hunk, so
// the first screen of a large diff spent 65-75 ms there (profile of a 1 MiB output), and every window
// scrolled into view added another set of <style> rules that never left the page. One set is enough.
import ReactDiffViewer, { computeStyles, type ReactDiffViewerProps, type ReactDiffViewerStylesOverride } from 'react-diff-viewer-continued';

type Styles = ReturnType<typeof computeStyles>;

const computed = new WeakMap<ReactDiffViewerStylesOverride, Map<string, Styles>>();

function sharedStyles(override: ReactDiffViewerStylesOverride, dark = false, nonce = ''): Styles {
  let byTheme = computed.get(override);
  if (!byTheme) computed.set(override, (byTheme = new Map()));
  const key = `${dark}\n${nonce}`;
  let styles = byTheme.get(key);
  if (!styles) byTheme.set(key, (styles = computeStyles(override, dark, nonce)));
  return styles;
}

/** ReactDiffViewer whose styles are computed once per styles object and theme, for every instance. */
export class SharedStylesDiffViewer extends ReactDiffViewer {
  constructor(props: ReactDiffViewerProps) {
    super(props);
    // A private field of the package (a memoized computeStyles per instance); same signature, shared result.
    (this as unknown as { computeStyles: typeof sharedStyles }).computeStyles = sharedStyles;
  }
}
