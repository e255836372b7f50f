/**
 * The timeline's geometry, without a DOM: one row per lane, grouped by lab part, a bar per span on
 * a linear virtual-ms axis with round ticks, a band per measure, and the order keyboard focus moves
 * through the bars. A view zooms by passing a window (a measure's start and end).
 */
import { POSTED_SPAN_CAP } from '../lab/trace/cap';
import { KIND_PART, TRACE_PARTS, type Trace, type TracePart, type TraceSpan } from '../lab/trace/span';
import { linearScale } from './linear-scale';
import { round2 } from './frame';

/** Narrowest bar drawn, in user units, so an instant or a 0.5 ms command stays visible and focusable. */
const MIN_BAR = 2;

interface TimelineRow {
  part: TracePart;
  lane: number;
  y: number;
}

interface TimelineBar {
  /** Index of the span in the trace. */
  index: number;
  span: TraceSpan;
  x: number;
  width: number;
  y: number;
}

export interface TimelineLayout {
  rows: TimelineRow[];
  bars: TimelineBar[];
  ticks: { value: number; x: number }[];
  bands: { name: string; x: number; width: number; index: number }[];
  /** Spans not drawn: past the cap, outside the window, or never sent. */
  hidden: number;
  height: number;
}

/** A round step (1, 2 or 5 × a power of ten) giving about `target` ticks over `extent`. */
export function niceStep(extent: number, target = 5): number {
  if (!(extent > 0)) return 1;
  const raw = extent / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * power;
}

/** Whether an interval shows in `[from, to]`: it overlaps it, or it is an instant inside it (touching an edge is not showing). */
function inWindow(t: { start: number; end: number }, from: number, to: number): boolean {
  return t.start === t.end ? t.start >= from && t.start <= to : t.start < to && t.end > from;
}

/** Lays a trace out `width` units wide, rows `rowHeight` apart, showing `[from, to]` virtual ms. */
export function layoutTimeline(
  trace: Pick<Trace, 'spans' | 'measures' | 'dropped' | 'endMs'>,
  options: { width: number; rowHeight: number; from?: number; to?: number; cap?: number },
): TimelineLayout {
  const from = options.from ?? 0;
  const to = Math.max(options.to ?? trace.endMs, from + 1e-6);
  // At most the spans a run sends; the rest are summarised in a sentence.
  const cap = options.cap ?? POSTED_SPAN_CAP;
  const x = linearScale([from, to], [0, options.width]);
  const drawn = trace.spans.slice(0, cap);
  const lanes = new Map<TracePart, number>();
  for (const s of drawn) lanes.set(KIND_PART[s.kind], Math.max(lanes.get(KIND_PART[s.kind]) ?? 0, s.lane + 1));
  const rows: TimelineRow[] = [];
  const rowOf = new Map<string, number>();
  for (const part of TRACE_PARTS)
    for (let lane = 0; lane < (lanes.get(part) ?? 0); lane++) {
      rowOf.set(`${part}:${lane}`, rows.length);
      rows.push({ part, lane, y: rows.length * options.rowHeight });
    }
  const bars: TimelineBar[] = [];
  drawn.forEach((span, index) => {
    if (!inWindow(span, from, to)) return;
    const x0 = Math.max(0, x.position(span.start));
    const x1 = Math.min(options.width, x.position(span.end));
    const row = rowOf.get(`${KIND_PART[span.kind]}:${span.lane}`)!;
    bars.push({ index, span, x: round2(x0), width: round2(Math.max(MIN_BAR, x1 - x0)), y: rows[row]!.y });
  });
  // Keyboard order: by start, then top to bottom, so the arrow keys follow the run.
  bars.sort((a, b) => a.span.start - b.span.start || a.y - b.y);
  const step = niceStep(to - from);
  return {
    rows,
    bars,
    ticks: x.ticks(step).map((value) => ({ value, x: round2(x.position(value)) })),
    bands: trace.measures.flatMap((m, index) => {
      if (!inWindow(m, from, to)) return [];
      const x0 = Math.max(0, x.position(m.start));
      return [{ name: m.name, index, x: round2(x0), width: round2(Math.max(MIN_BAR, Math.min(options.width, x.position(m.end)) - x0)) }];
    }),
    hidden: trace.dropped + trace.spans.length - bars.length,
    height: rows.length * options.rowHeight,
  };
}
