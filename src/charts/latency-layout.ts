import type { Locale } from '../i18n/locales';
import { sources, type LatencyRow, type SourceId } from '../data/reference-numbers';
import { formatDuration } from './format-duration';
import { FRAME, PLOT_X, axisY, chartHeight, placeTicks, round2, rowBox, type Tick } from './frame';
import { logScale, type LogScale } from './log-scale';
import type { MarkerShape } from './markers';

/** The latency axis: 0.1 ns (below L1's 0.5 ns) to 1 s (above the 150 ms cross-datacenter trip). */
export const LATENCY_DOMAIN_NS: readonly [number, number] = [0.1, 1e9];

/** Each source keeps one marker shape wherever it appears, so the legend reads the same on every row. */
export const SHAPE_BY_SOURCE: Readonly<Record<SourceId, MarkerShape>> = {
  'colin-scott': 'diamond',
  'napkin-math': 'triangle',
  'jeff-dean': 'square',
};

interface LatencyMarker {
  x: number;
  ns: number;
  shape: MarkerShape;
  sourceId: SourceId;
  year: string;
  /** Locale-formatted value ("2,5 ms"). */
  valueLabel: string;
  note: string;
}

interface LatencyRowLayout {
  id: LatencyRow['id'];
  label: string;
  /** The module's figure, locale-formatted ("0,5 ns" in Portuguese). */
  valueLabel: string;
  /** Where the module's figure sits. */
  x: number;
  labelY: number;
  markY: number;
  newer: LatencyMarker[];
  floor?: { x: number; ns: number; valueLabel: string };
}

export interface LatencyChartLayout {
  width: number;
  height: number;
  plotX: readonly [number, number];
  gridTop: number;
  axisY: number;
  ticks: Tick[];
  rows: LatencyRowLayout[];
}

/** The scale every latency chart uses: LATENCY_DOMAIN_NS across the plot width. */
function latencyScale(): LogScale {
  return logScale(LATENCY_DOMAIN_NS, PLOT_X);
}

/**
 * Positions every row of the latency chart: the module's figure, the newer published figures
 * beside it, the physical floor where a row has one, and a tick at each power of ten.
 */
export function layoutLatencyChart(rows: readonly LatencyRow[], locale: Locale): LatencyChartLayout {
  const scale = latencyScale();
  return {
    width: FRAME.width,
    height: chartHeight(rows.length),
    plotX: PLOT_X,
    gridTop: FRAME.top,
    axisY: axisY(rows.length),
    ticks: placeTicks(scale.ticks(), scale.position, (ns) => formatDuration(ns, locale), true),
    rows: rows.map((row, i) => {
      const box = rowBox(i);
      return {
        id: row.id,
        label: row.label[locale],
        valueLabel: formatDuration(row.ns, locale),
        x: round2(scale.position(row.ns)),
        labelY: box.labelY,
        markY: box.markY,
        newer: row.newer.map((f) => ({
          x: round2(scale.position(f.ns)),
          ns: f.ns,
          shape: SHAPE_BY_SOURCE[f.sourceId],
          sourceId: f.sourceId,
          year: f.year,
          valueLabel: formatDuration(f.ns, locale),
          note: f.note[locale],
        })),
        ...(row.physicalFloor
          ? {
              floor: {
                x: round2(scale.position(row.physicalFloor.ns)),
                ns: row.physicalFloor.ns,
                valueLabel: formatDuration(row.physicalFloor.ns, locale),
              },
            }
          : {}),
      };
    }),
  };
}

/** The sources that have a marker somewhere in `rows`, in the order of the sources list (for the legend). */
export function sourcesShown(rows: readonly LatencyRow[]): SourceId[] {
  const used = new Set(rows.flatMap((r) => r.newer.map((f) => f.sourceId)));
  return sources.map((s) => s.id).filter((id) => used.has(id));
}
