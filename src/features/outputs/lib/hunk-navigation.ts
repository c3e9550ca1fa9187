// `j` / `k`: the next or previous hunk of the diff on screen, like the hunk keys of code-review tools.

/** The hunks of the page in order; each is a section with `data-hunk` and `tabindex="-1"` (hunk-block.tsx). */
function hunks(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-hunk]')];
}

/** Where a hunk's top sits once scrolled to: below the sticky header (its CSS `scroll-margin-top`). */
function restingTop(element: HTMLElement): number {
  return parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
}

/**
 * The hunk `j` (1) or `k` (-1) goes to: the one after or before the focused hunk, or else after or before the
 * reading position (the top of the viewport). Null when there is none that way.
 */
export function adjacentHunk(direction: 1 | -1, root: ParentNode = document): HTMLElement | null {
  const all = hunks(root);
  const focused = all.findIndex((hunk) => hunk === document.activeElement);
  if (focused !== -1) return all[focused + direction] ?? null;
  const SLACK = 2;
  if (direction === 1) return all.find((hunk) => hunk.getBoundingClientRect().top > restingTop(hunk) + SLACK) ?? null;
  return all.findLast((hunk) => hunk.getBoundingClientRect().top < restingTop(hunk) - SLACK) ?? null;
}

/** Scrolls the next or previous hunk to the top and focuses it, so a screen reader names it ("Hunk 3 of 12"). */
export function goToHunk(direction: 1 | -1, root: ParentNode = document): boolean {
  const hunk = adjacentHunk(direction, root);
  if (!hunk) return false;
  hunk.scrollIntoView({ block: 'start' });
  hunk.focus({ preventScroll: true });
  return true;
}
