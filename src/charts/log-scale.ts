/**
 * A base-10 logarithmic scale: equal distances on screen stand for equal ratios, so
 * 1 ns → 10 ns takes as much room as 10 ms → 100 ms. Pure numbers; no DOM.
 */

export interface LogScale {
  /** Smallest and largest value shown, both > 0. */
  readonly domain: readonly [number, number];
  /** Screen coordinates the domain maps onto (left, right). */
  readonly range: readonly [number, number];
  /** Screen coordinate of a value; values outside the domain land outside the range. */
  position(value: number): number;
  /** Every power of ten inside the domain, smallest first. */
  ticks(): number[];
}

/** The power of ten 10^exponent as the nearest double (`1e-1` is exactly 0.1, `10 ** -1 * 1` may not be). */
export function powerOfTen(exponent: number): number {
  if (!Number.isInteger(exponent)) throw new RangeError(`powerOfTen needs an integer exponent, got ${exponent}`);
  return Number(`1e${exponent}`);
}

/** Every power of ten between min and max inclusive (both > 0), smallest first. */
export function powersOfTenBetween(min: number, max: number): number[] {
  assertPositive(min, 'min');
  assertPositive(max, 'max');
  if (max < min) throw new RangeError(`max (${max}) is below min (${min})`);
  // A small tolerance keeps 1e-1 and 1e9 themselves in when log10 rounds to -0.9999999999999999.
  const first = Math.ceil(Math.log10(min) - 1e-9);
  const last = Math.floor(Math.log10(max) + 1e-9);
  const out: number[] = [];
  for (let e = first; e <= last; e++) out.push(powerOfTen(e));
  return out;
}

/** Builds a log scale mapping `domain` onto `range`. */
export function logScale(domain: readonly [number, number], range: readonly [number, number]): LogScale {
  const [d0, d1] = domain;
  assertPositive(d0, 'domain start');
  assertPositive(d1, 'domain end');
  if (!(d1 > d0)) throw new RangeError(`log scale domain must grow: [${d0}, ${d1}]`);
  const [r0, r1] = range;
  if (!Number.isFinite(r0) || !Number.isFinite(r1)) throw new RangeError(`log scale range must be finite: [${r0}, ${r1}]`);
  const l0 = Math.log10(d0);
  const span = Math.log10(d1) - l0;
  return {
    domain: [d0, d1],
    range: [r0, r1],
    position(value: number): number {
      assertPositive(value, 'value');
      return r0 + ((Math.log10(value) - l0) / span) * (r1 - r0);
    },
    ticks: () => powersOfTenBetween(d0, d1),
  };
}

function assertPositive(value: number, what: string): void {
  if (!(Number.isFinite(value) && value > 0)) {
    throw new RangeError(`a log scale needs a finite value > 0 for ${what}, got ${value}`);
  }
}
