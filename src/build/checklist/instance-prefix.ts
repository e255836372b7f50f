const perPage = new Map<string, number>();

/**
 * An id prefix unique within one page, so the labels and ARIA references of two copies of a
 * component on the same page never collide; the first copy on a page gets `base` itself.
 */
export function instancePrefix(page: string, base: string): string {
  const n = (perPage.get(page) ?? 0) + 1;
  perPage.set(page, n);
  return n === 1 ? base : `${base}-${n}`;
}
