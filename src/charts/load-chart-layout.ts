/**
 * Geometry of a load run's chart, in SVG user units: an upper panel of requests per virtual
 * second (stacked bars of what ended in each second: completed, errors, refusals, with the
 * arrival rate drawn over them as a step line), a strip of marks under it for the seconds with
 * errors or refusals (so they do not rest on colour alone), and a lower panel of the latency
 * percentiles per second. Both panels share the time axis. Pure: numbers in, coordinates out.
 */
import type { Locale } from '../i18n/locales';
import type { LoadChartRun, LoadChartSecond } from '../lab/load/chart-data';
import { formatCompactCount } from '../i18n/format';
import { round2 } from './frame';
import { linearScale, type LinearScale } from './linear-scale';
import { markerPath } from './markers';

/** Fixed geometry: the viewBox is 480 wide, so a 375 px phone shows it at about 0.7 scale. */
export const LOAD_FRAME = {
  width: 480,
  padLeft: 46,
  padRight: 10,
  trafficTop: 22,
  trafficHeight: 118,
  /** Two rows of marks under the bars: errors, then refusals. */
  markerStrip: 24,
  latencyGap: 30,
  latencyHeight: 100,
  tickLine: 16,
  bottom: 26,
  /** Share of a second's band left between bars. */
  barGap: 0.25,
  markerRadius: 4,
} as const;

/** A label on a vertical axis. */
interface YTick {
  y: number;
  label: string;
}

/** A label on the time axis. */
interface XTick {
  x: number;
  label: string;
}

type SegmentKind = 'completed' | 'errors' | 'refused';

/** One second's stacked bar: what ended in it, bottom to top. */
interface TrafficBar {
  second: number;
  x: number;
  width: number;
  segments: { kind: SegmentKind; y: number; height: number }[];
}

export type Percentile = 'p50' | 'p90' | 'p99';

export interface LoadChartLayout {
  width: number;
  height: number;
  plotX: readonly [number, number];
  xTicks: XTick[];
  xAxisY: number;
  traffic: { top: number; bottom: number; ticks: YTick[]; bars: TrafficBar[]; arrival: string };
  /** Marks under the bars: a triangle per second with errors, a square per second with refusals. */
  marks: Record<'errors' | 'refused', { d: string; y: number }>;
  latency: { top: number; bottom: number; ticks: YTick[]; lines: Record<Percentile, string> };
}

/**
 * A round tick step (1, 2 or 5 × a power of ten) giving about `count` steps up to `max`, and
 * the axis end: the first multiple of the step at or past `max`. A zero or negative `max`
 * gets the axis [0, 1].
 */
export function niceAxis(max: number, count: number): { step: number; end: number } {
  if (!(Number.isFinite(max) && max > 0)) return { step: 1, end: 1 };
  const raw = max / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / magnitude;
  const step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * magnitude;
  // Rounded so 3 × 0.1 ends at 0.3, not 0.30000000000000004.
  const end = Number((Math.ceil(max / step - 1e-9) * step).toPrecision(12));
  return { step, end };
}

const ended = (s: LoadChartSecond) => s.completed + s.failed + s.timedOut + s.refused;

/** Ticks at every step from 0 to the axis end, counted in whole steps so 3 × 0.2 still lands on 0.6. */
function yTicks(scale: LinearScale, axis: { step: number; end: number }, label: (v: number) => string): YTick[] {
  const steps = Math.round(axis.end / axis.step);
  return Array.from({ length: steps + 1 }, (_, i) => {
    const v = Number((i * axis.step).toPrecision(12));
    return { y: round2(scale.position(v)), label: label(v) };
  });
}

/** Lays out one run. The run has at least one second (a run always spans one). */
export function layoutLoadChart(run: LoadChartRun, locale: Locale): LoadChartLayout {
  const F = LOAD_FRAME;
  const seconds = run.seconds;
  const n = Math.max(1, seconds.length);
  const plotX = [F.padLeft, F.width - F.padRight] as const;
  const time = linearScale([0, n], plotX);
  const band = (plotX[1] - plotX[0]) / n;

  const trafficBottom = F.trafficTop + F.trafficHeight;
  const countMax = Math.max(0, ...seconds.map((s) => Math.max(s.sent, ended(s))));
  const counts = niceAxis(countMax, 4);
  const count = linearScale([0, counts.end], [trafficBottom, F.trafficTop]);

  const errorsY = trafficBottom + 7;
  const refusedY = trafficBottom + 18;
  const latencyTop = trafficBottom + F.markerStrip + F.latencyGap;
  const latencyBottom = latencyTop + F.latencyHeight;
  const latencyMax = Math.max(0, ...seconds.map((s) => s.p99));
  const ms = niceAxis(latencyMax, 4);
  const latency = linearScale([0, ms.end], [latencyBottom, latencyTop]);

  const bars = seconds.map((s, i): TrafficBar => {
    const x = round2(time.position(i) + (band * F.barGap) / 2);
    const width = round2(Math.max(0.5, band * (1 - F.barGap)));
    let base = 0;
    const segments: TrafficBar['segments'] = [];
    for (const [kind, value] of [
      ['completed', s.completed],
      ['errors', s.failed + s.timedOut],
      ['refused', s.refused],
    ] as const) {
      if (value <= 0) continue;
      const y0 = count.position(base);
      const y1 = count.position(base + value);
      segments.push({ kind, y: round2(y1), height: round2(y0 - y1) });
      base += value;
    }
    return { second: i, x, width, segments };
  });

  // The arrival rate as steps: level over each second's whole band.
  const arrival = seconds
    .map((s, i) => {
      const level = round2(count.position(s.sent));
      const start = i === 0 ? `M${round2(time.position(0))} ${level}` : `V${level}`;
      return `${start}H${round2(time.position(i + 1))}`;
    })
    .join('');

  // Latency lines through each second's centre; a second where nothing ended breaks the line.
  const line = (p: Percentile) => {
    let d = '';
    let pen = false;
    seconds.forEach((s, i) => {
      if (ended(s) === 0) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${round2(time.position(i + 0.5))} ${round2(latency.position(s[p]))}`;
      pen = true;
    });
    return d;
  };

  const marksOf = (has: (s: LoadChartSecond) => boolean, shape: 'triangle' | 'square', y: number) => ({
    y,
    d: seconds.map((s, i) => (has(s) ? markerPath(shape, time.position(i + 0.5), y, F.markerRadius) : '')).join(''),
  });

  const xStep = Math.max(1, niceAxis(n, 6).step);
  const xAxisY = latencyBottom;
  const figure = (v: number) => v.toLocaleString(locale, { maximumFractionDigits: 2 });
  return {
    width: F.width,
    height: latencyBottom + F.bottom,
    plotX,
    xTicks: time.ticks(xStep).map((v) => ({ x: round2(time.position(v)), label: formatCompactCount(v, locale) })),
    xAxisY,
    traffic: {
      top: F.trafficTop,
      bottom: trafficBottom,
      ticks: yTicks(count, counts, (v) => formatCompactCount(v, locale)),
      bars,
      arrival,
    },
    marks: {
      errors: marksOf((s) => s.failed + s.timedOut > 0, 'triangle', errorsY),
      refused: marksOf((s) => s.refused > 0, 'square', refusedY),
    },
    latency: {
      top: latencyTop,
      bottom: latencyBottom,
      ticks: yTicks(latency, ms, figure),
      lines: { p50: line('p50'), p90: line('p90'), p99: line('p99') },
    },
  };
}
