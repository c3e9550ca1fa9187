/** The page's search or filter box: the first text box of a search landmark, or the first search field. */
export function findSearchBox(root: ParentNode = document): HTMLInputElement | null {
  const candidates = [...root.querySelectorAll<HTMLInputElement>('[role="search"] input, input[type="search"]')];
  return candidates.find((input) => !input.disabled && !['hidden', 'checkbox', 'radio', 'submit', 'button'].includes(input.type)) ?? null;
}

/** Moves focus to the search box and selects its text; false when the page has none. */
export function focusSearchBox(root: ParentNode = document): boolean {
  const input = findSearchBox(root);
  if (!input) return false;
  input.focus();
  input.select();
  return true;
}
