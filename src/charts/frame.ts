/**
 * Shared geometry of the row charts, in SVG user units. One row per data line: a text line
 * (label and value) above a mark line, so labels get the full width and the chart stays
 * readable when a phone scales the 480-unit viewBox down to ~340 px.
 */
export const FRAME = {
  width: 480,
  /** Room at each side of the plot for half a tick label. */
  padX: 26,
  top: 4,
  rowHeight: 50,
  /** Baseline of a row's label, from the row's top. */
  labelBaseline: 18,
  /** Centre of a row's marks, from the row's top. */
  markCentre: 36,
  /** Gap between the last row and the axis line. */
  axisGap: 6,
  /** Tick labels sit on two staggered lines under the axis so neighbours never collide. */
  tickLine: 18,
} as const;

export interface Tick {
  value: number;
  x: number;
  label: string;
  /** 0: first line under the axis, 1: second line. */
  line: 0 | 1;
}

export interface RowBox {
  top: number;
  labelY: number;
  markY: number;
}

/** Vertical placement of row `index`. */
export function rowBox(index: number): RowBox {
  if (!(Number.isInteger(index) && index >= 0)) throw new RangeError(`row index must be an integer ≥ 0, got ${index}`);
  const top = FRAME.top + index * FRAME.rowHeight;
  return { top, labelY: top + FRAME.labelBaseline, markY: top + FRAME.markCentre };
}

/** The plot's horizontal extent: [left, right]. */
export const PLOT_X: readonly [number, number] = [FRAME.padX, FRAME.width - FRAME.padX];

/** Y of the axis line under `rowCount` rows. */
export function axisY(rowCount: number): number {
  return FRAME.top + rowCount * FRAME.rowHeight + FRAME.axisGap;
}

/** Total height of a chart with `rowCount` rows and `tickLines` lines of tick labels. */
export function chartHeight(rowCount: number, tickLines: 1 | 2 = 2): number {
  return axisY(rowCount) + tickLines * FRAME.tickLine + 8;
}

/** Rounds a coordinate to 0.01 user units: invisible on screen, and keeps the HTML short. */
export function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Ticks in the order given; with `stagger`, labels alternate between the two lines under the axis. */
export function placeTicks(
  values: readonly number[],
  position: (v: number) => number,
  label: (v: number) => string,
  stagger: boolean,
): Tick[] {
  return values.map((value, i) => ({
    value,
    x: round2(position(value)),
    label: label(value),
    line: (stagger ? i % 2 : 0) as 0 | 1,
  }));
}
