import type { LinearScale } from './linear-scale';

/** Where a min–max range sits on a linear axis; an open-ended range ("100k+") runs off the axis end. */
export interface RangeBar {
  /** Left edge (screen units). */
  x: number;
  width: number;
  /** True when the source gives no upper bound: draw it fading past the axis end, never with a hard edge. */
  openEnded: boolean;
}

/**
 * Places a range on a linear scale. `max === null` means open-ended: the bar starts at `min` and
 * reaches the end of the axis, because the data says nothing about where it stops.
 */
export function rangeBar(min: number, max: number | null, scale: LinearScale): RangeBar {
  const [d0, d1] = scale.domain;
  if (!Number.isFinite(min) || min < d0 || min > d1) {
    throw new RangeError(`range start ${min} lies outside the axis [${d0}, ${d1}]`);
  }
  if (max !== null) {
    if (!Number.isFinite(max) || max < min) throw new RangeError(`range end ${max} must be ≥ its start ${min}`);
    if (max > d1) throw new RangeError(`range end ${max} lies past the axis end ${d1}; widen the axis`);
  }
  const x = scale.position(min);
  const end = max === null ? scale.range[1] : scale.position(max);
  return { x, width: end - x, openEnded: max === null };
}
