/**
 * Lane packing: which row of its part each span is drawn in.
 *
 * Two rules: spans that overlap in time never share a lane, and a sequential chain (one
 * operation awaited after another) stays on one lane. The lab cannot see causal chains: the
 * Worker has no async context tracking (AsyncLocalStorage is Node's alone) and the lab's
 * promises are plain ones. But on the virtual clock awaiting costs no time, so the next step of a
 * chain starts at exactly the instant the previous one ended. Greedy packing in start order that
 * reuses the free lane whose span ended last (the one "that just ended") therefore puts a chain
 * on one lane, and, being interval partitioning, uses no more lanes than the most spans ever in
 * flight at once.
 */
import { Heap } from '../heap';
import { KIND_PART, type SpanKind, type TracePart } from './span';

interface Interval {
  start: number;
  end: number;
}

interface LaneEnd {
  lane: number;
  end: number;
}

/**
 * Lane of each interval (same order as the input): lanes are numbered from 0; an interval takes
 * a lane whose last interval ended at or before its start, preferring the latest such end, then
 * the lowest lane; otherwise it opens a new lane.
 */
export function packLanes(intervals: readonly Interval[]): number[] {
  const order = intervals.map((_, i) => i).sort((a, b) => intervals[a]!.start - intervals[b]!.start || a - b);
  const busy = new Heap<LaneEnd>((a, b) => a.end < b.end || (a.end === b.end && a.lane < b.lane));
  const free = new Heap<LaneEnd>((a, b) => a.end > b.end || (a.end === b.end && a.lane < b.lane));
  const lanes = new Array<number>(intervals.length);
  let opened = 0;
  for (const i of order) {
    const { start, end } = intervals[i]!;
    while (busy.size > 0 && busy.peek()!.end <= start) free.push(busy.pop()!);
    const lane = free.pop()?.lane ?? opened++;
    lanes[i] = lane;
    busy.push({ lane, end: Math.max(start, end) });
  }
  return lanes;
}

/** Packs spans part by part (each part has its own lanes) and writes each span's `lane`. */
export function assignLanes<S extends Interval & { kind: SpanKind; lane: number }>(spans: S[]): S[] {
  const byPart = new Map<TracePart, S[]>();
  for (const s of spans) {
    const part = KIND_PART[s.kind];
    const list = byPart.get(part);
    if (list) list.push(s);
    else byPart.set(part, [s]);
  }
  for (const list of byPart.values()) {
    const lanes = packLanes(list);
    list.forEach((s, i) => (s.lane = lanes[i]!));
  }
  return spans;
}

/** How many lanes each part uses. */
export function laneCounts(spans: readonly { kind: SpanKind; lane: number }[]): Map<TracePart, number> {
  const counts = new Map<TracePart, number>();
  for (const s of spans) {
    const part = KIND_PART[s.kind];
    counts.set(part, Math.max(counts.get(part) ?? 0, s.lane + 1));
  }
  return counts;
}
