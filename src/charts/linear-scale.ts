/** A linear scale: screen distance proportional to the value, so bar lengths compare honestly. */

export interface LinearScale {
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** Screen coordinate of a value; values outside the domain land outside the range. */
  position(value: number): number;
  /** Multiples of `step` inside the domain, smallest first. */
  ticks(step: number): number[];
}

/** Builds a linear scale mapping `domain` onto `range`. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  for (const v of [d0, d1, r0, r1]) {
    if (!Number.isFinite(v)) throw new RangeError(`linear scale needs finite domain and range, got [${d0}, ${d1}] → [${r0}, ${r1}]`);
  }
  if (!(d1 > d0)) throw new RangeError(`linear scale domain must grow: [${d0}, ${d1}]`);
  return {
    domain: [d0, d1],
    range: [r0, r1],
    position: (value: number) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0),
    ticks(step: number): number[] {
      if (!(Number.isFinite(step) && step > 0)) throw new RangeError(`tick step must be > 0, got ${step}`);
      const out: number[] = [];
      // Integer multiples avoid the drift of repeated `+= step`.
      for (let i = Math.ceil(d0 / step); i * step <= d1; i++) out.push(i * step);
      return out;
    },
  };
}
