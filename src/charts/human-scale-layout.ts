import type { Locale } from '../i18n/locales';
import type { LatencyRow } from '../data/reference-numbers';
import { FRAME, PLOT_X, axisY, chartHeight, placeTicks, round2, rowBox, type Tick } from './frame';
import { HUMAN_LANDMARKS, formatHumanSeconds, humanSeconds } from './human-scale';
import { LATENCY_DOMAIN_NS } from './latency-layout';
import { logScale } from './log-scale';

interface HumanRowLayout {
  id: LatencyRow['id'];
  label: string;
  /** The row's latency stretched ×1e9, in words ("1,7 dia"). */
  valueLabel: string;
  seconds: number;
  x: number;
  labelY: number;
  markY: number;
}

export interface HumanScaleLayout {
  width: number;
  height: number;
  plotX: readonly [number, number];
  gridTop: number;
  axisY: number;
  ticks: Tick[];
  rows: HumanRowLayout[];
}

/**
 * The human-scale chart: the same log axis as the latency chart stretched ×1e9, so every dot
 * sits exactly where it sits there, but ticked at a second, minute, hour, day, month, year
 * and ten years instead of powers of ten.
 */
export function layoutHumanScaleChart(rows: readonly LatencyRow[], locale: Locale): HumanScaleLayout {
  const scale = logScale([humanSeconds(LATENCY_DOMAIN_NS[0]), humanSeconds(LATENCY_DOMAIN_NS[1])], PLOT_X);
  return {
    width: FRAME.width,
    height: chartHeight(rows.length),
    plotX: PLOT_X,
    gridTop: FRAME.top,
    axisY: axisY(rows.length),
    ticks: placeTicks(HUMAN_LANDMARKS, scale.position, (s) => formatHumanSeconds(s, locale), true),
    rows: rows.map((row, i) => {
      const box = rowBox(i);
      const seconds = humanSeconds(row.ns);
      return {
        id: row.id,
        label: row.label[locale],
        valueLabel: formatHumanSeconds(seconds, locale),
        seconds,
        x: round2(scale.position(seconds)),
        labelY: box.labelY,
        markY: box.markY,
      };
    }),
  };
}
