/**
 * Counts kept on the request's `Astro.locals`, which Astro creates anew for every page it renders,
 * so a page rendered again (a reload in `astro dev`) starts counting from one again.
 */
const COUNTS = Symbol.for('modulo05:instance-prefix-counts');

type WithCounts = { [COUNTS]?: Map<string, number> };

/**
 * An id prefix unique within one page, so the labels and ARIA references of two copies of a
 * component on the same page never collide; the first copy on a page gets `base` itself.
 * `locals` is the page's `Astro.locals`.
 */
export function instancePrefix(locals: object, base: string): string {
  const counts = ((locals as WithCounts)[COUNTS] ??= new Map());
  const n = (counts.get(base) ?? 0) + 1;
  counts.set(base, n);
  return n === 1 ? base : `${base}-${n}`;
}
