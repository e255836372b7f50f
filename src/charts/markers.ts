/** Shapes of the secondary markers (one per source), as SVG path data. Pure strings; no DOM. */

export type MarkerShape = 'diamond' | 'triangle' | 'square';

/** Path data for a marker centred on (x, y) with half-size `r`. */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  const n = (v: number) => Number(v.toFixed(2));
  switch (shape) {
    case 'diamond':
      return `M${n(x)} ${n(y - r)}L${n(x + r)} ${n(y)}L${n(x)} ${n(y + r)}L${n(x - r)} ${n(y)}Z`;
    case 'triangle':
      return `M${n(x)} ${n(y - r)}L${n(x + r)} ${n(y + r * 0.8)}L${n(x - r)} ${n(y + r * 0.8)}Z`;
    case 'square':
      return `M${n(x - r * 0.8)} ${n(y - r * 0.8)}H${n(x + r * 0.8)}V${n(y + r * 0.8)}H${n(x - r * 0.8)}Z`;
  }
}
