// Offset pagination (`next_offset`) for any list endpoint of the API.
export type Page<T> = { data: T[]; pagination: { limit: number; offset: number; total: number | null; next_offset: number | null } };

/** Follows `next_offset` until the list ends, up to `maxItems` (a guard against a server that never ends). */
export async function collectPages<T>(
  fetchPage: (offset: number) => Promise<Page<T>>,
  maxItems = 10_000,
): Promise<{ items: T[]; total: number | null; complete: boolean }> {
  const items: T[] = [];
  let offset = 0;
  for (;;) {
    const page = await fetchPage(offset);
    items.push(...page.data);
    const { total } = page.pagination;
    const next = page.pagination.next_offset;
    if (next === null) return { items, total, complete: true };
    if (next <= offset || items.length >= maxItems) return { items, total, complete: false };
    offset = next;
  }
}

export function nextOffset<T>(page: Page<T>): number | undefined {
  return page.pagination.next_offset ?? undefined;
}
