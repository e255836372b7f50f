import type { Locale } from '../i18n/locales';
import type { ThroughputRow } from '../data/reference-numbers';
import { formatCompactCount } from '../i18n/format';
import { FRAME, PLOT_X, axisY, chartHeight, placeTicks, round2, rowBox, type Tick } from './frame';
import { linearScale } from './linear-scale';
import { rangeBar, type RangeBar } from './range-bar';

/**
 * The throughput axis is linear from zero: the module's four ranges all lie between 10k and
 * 100k, one order of magnitude, so a log axis buys nothing, and only a zero-based linear
 * axis lets bar lengths be compared (Redis's lower bound is 5× FastAPI's upper bound).
 * It ends at 120k so the open-ended "100k+" visibly runs on past the last closed range.
 */
export const THROUGHPUT_DOMAIN: readonly [number, number] = [0, 120_000];
const THROUGHPUT_TICK_STEP = 20_000;

/** Height of a range bar, centred on the row's mark line. */
export const BAR_HEIGHT = 14;
/** How far past the axis end the arrow of an open-ended range reaches. */
export const ARROW_LENGTH = 11;

interface ThroughputRowLayout {
  id: ThroughputRow['id'];
  label: string;
  /** The module's figure exactly as printed ("100k+ ops/s"). */
  valueLabel: string;
  bar: RangeBar;
  labelY: number;
  barY: number;
  /** Open-ended ranges only: an arrowhead starting at the axis end, pointing right. */
  arrow?: { baseX: number; tipX: number; top: number; bottom: number; midY: number };
}

export interface ThroughputChartLayout {
  width: number;
  height: number;
  plotX: readonly [number, number];
  gridTop: number;
  axisY: number;
  ticks: Tick[];
  rows: ThroughputRowLayout[];
}

/** Positions the module's throughput ranges as bars; open-ended ones fade into an arrow past the axis end. */
export function layoutThroughputChart(rows: readonly ThroughputRow[], locale: Locale): ThroughputChartLayout {
  const scale = linearScale(THROUGHPUT_DOMAIN, PLOT_X);
  return {
    width: FRAME.width,
    height: chartHeight(rows.length, 1),
    plotX: PLOT_X,
    gridTop: FRAME.top,
    axisY: axisY(rows.length),
    ticks: placeTicks(scale.ticks(THROUGHPUT_TICK_STEP), scale.position, (n) => formatCompactCount(n, locale), false),
    rows: rows.map((row, i) => {
      const box = rowBox(i);
      const exact = rangeBar(row.min, row.max, scale);
      // Round both edges, not the width, so a bar still ends exactly where its max sits.
      const x = round2(exact.x);
      const bar = { ...exact, x, width: round2(round2(exact.x + exact.width) - x) };
      const barY = box.markY - BAR_HEIGHT / 2;
      const end = bar.x + bar.width;
      return {
        id: row.id,
        label: row.label[locale],
        valueLabel: row.moduleText,
        bar,
        labelY: box.labelY,
        barY,
        ...(bar.openEnded
          ? {
              arrow: {
                baseX: end,
                tipX: end + ARROW_LENGTH,
                top: barY - 3,
                bottom: barY + BAR_HEIGHT + 3,
                midY: box.markY,
              },
            }
          : {}),
      };
    }),
  };
}
