// One ResizeObserver and one pair of focus listeners for every middle-truncated name on screen (a run lists up to
// 1,000 samples): each name learns whether it is cut, and when the keyboard reaches it (or the link holding it).

type Watch = { onFocus: () => void; onBlur: () => void; ownFocus: boolean };

const watches = new WeakMap<Element, Watch>();
let observer: ResizeObserver | null = null;
let listening = false;

/** Anything the keyboard already reaches: a name inside one needs no tab stop of its own. */
const INTERACTIVE = 'a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** Whether the name is wider than its place; its start box holds the whole name, the tail is drawn beside it. */
export function isTruncated(root: HTMLElement): boolean {
  const start = root.querySelector<HTMLElement>('.middle-truncate__start');
  return !!start && start.scrollWidth > root.clientWidth;
}

function apply(root: HTMLElement, cut: boolean) {
  root.toggleAttribute('data-truncated', cut);
  // A cut name outside links and buttons becomes focusable, so keyboard users can read it in full too.
  if (watches.get(root)?.ownFocus) {
    if (cut) root.setAttribute('tabindex', '0');
    else if (document.activeElement !== root) root.removeAttribute('tabindex');
  }
}

/**
 * Reads every name's state first, then writes: a write between two reads (an attribute toggled) would make the
 * next read lay the page out again, once per name.
 */
function update(roots: HTMLElement[]) {
  const cuts = roots.map(isTruncated);
  const uncut: HTMLElement[] = [];
  roots.forEach((root, i) => {
    const cut = cuts[i] ?? false;
    if (cut === root.hasAttribute('data-truncated')) return;
    // Showing the tail leaves the box as wide as its place; removing it shrinks the box, which inside this
    // callback would be a ResizeObserver loop: those wait for the next frame.
    if (cut) apply(root, true);
    else uncut.push(root);
  });
  if (uncut.length > 0) {
    requestAnimationFrame(() => {
      const now = uncut.map(isTruncated);
      uncut.forEach((root, i) => apply(root, now[i] ?? false));
    });
  }
}

function rootOf(target: EventTarget | null): Element | null {
  if (!(target instanceof Element) || target.getAttribute('tabindex') === '-1') return null;
  return target.matches('.middle-truncate') ? target : target.querySelector('.middle-truncate');
}

/** Focus from the keyboard, not the focus a click or a screen change (h1 tabindex=-1) leaves behind. */
function focusVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

function onFocusIn(event: FocusEvent) {
  const root = rootOf(event.target);
  if (root && event.target instanceof Element && focusVisible(event.target)) watches.get(root)?.onFocus();
}

function onFocusOut(event: FocusEvent) {
  const root = rootOf(event.target);
  if (root) watches.get(root)?.onBlur();
}

/** Starts watching a name's root; returns the function that stops it. */
export function watchTruncation(root: HTMLElement, handlers: Pick<Watch, 'onFocus' | 'onBlur'>): () => void {
  if (!listening) {
    listening = true;
    if (typeof ResizeObserver !== 'undefined')
      observer = new ResizeObserver((entries) => update(entries.map((entry) => entry.target as HTMLElement)));
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
  }
  watches.set(root, { ...handlers, ownFocus: !root.parentElement?.closest(INTERACTIVE) });
  observer?.observe(root);
  return () => {
    observer?.unobserve(root);
    watches.delete(root);
  };
}
