/**
 * When the requests of a load run arrive: an open-loop schedule fixed before the run starts, so a
 * slow handler never slows the sender down (the arrivals do not wait for answers, as k6's
 * arrival-rate executors and vegeta do not). Pure and seeded: one seed, one schedule.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** How the rate changes over the run: steady, a straight ramp, or a spike on a steady base. */
export type LoadProfile =
  { kind: 'steady' } | { kind: 'ramp'; from: number; to: number } | { kind: 'spike'; at: number; duration: number; peak: number };

/** What decides the schedule. Rates are requests per second; times are virtual milliseconds. */
export interface ArrivalPlan {
  rate: number;
  durationMs: number;
  arrival: 'constant' | 'poisson';
  profile: LoadProfile;
  seed: number;
}

/** A point of the rate curve: from `atMs` on, the rate is `rate` (req/s), moving linearly to the next point. */
interface RatePoint {
  atMs: number;
  rate: number;
}

/** The rate curve as points joined by straight lines; a jump is two points at the same time. */
function rateCurve(plan: ArrivalPlan): RatePoint[] {
  const { rate, durationMs: d, profile } = plan;
  if (profile.kind === 'ramp') {
    return [
      { atMs: 0, rate: profile.from },
      { atMs: d, rate: profile.to },
    ];
  }
  if (profile.kind === 'spike') {
    const start = Math.min(Math.max(profile.at, 0), d);
    const end = Math.min(start + Math.max(profile.duration, 0), d);
    return [
      { atMs: 0, rate },
      { atMs: start, rate },
      { atMs: start, rate: profile.peak },
      { atMs: end, rate: profile.peak },
      { atMs: end, rate },
      { atMs: d, rate },
    ];
  }
  return [
    { atMs: 0, rate },
    { atMs: d, rate },
  ];
}

/** Requests expected over the whole run: the area under the rate curve (what the run limit counts). */
export function expectedRequests(plan: ArrivalPlan): number {
  const curve = rateCurve(plan);
  let total = 0;
  for (let i = 1; i < curve.length; i++) {
    const a = curve[i - 1]!;
    const b = curve[i]!;
    total += ((a.rate + b.rate) / 2) * ((b.atMs - a.atMs) / 1000);
  }
  return total;
}

/**
 * Inverts the cumulative rate: the time at which `target` requests are expected so far, or null
 * past the end of the run. Each segment's rate is linear, so its cumulative count is a quadratic
 * in time, solved in closed form.
 */
function inverter(curve: RatePoint[]): (target: number) => number | null {
  let segment = 1;
  let before = 0;
  return (target) => {
    for (; segment < curve.length; segment++) {
      const a = curve[segment - 1]!;
      const b = curve[segment]!;
      const lengthMs = b.atMs - a.atMs;
      const r0 = a.rate / 1000;
      const slope = lengthMs > 0 ? (b.rate - a.rate) / 1000 / lengthMs : 0;
      const area = r0 * lengthMs + (slope * lengthMs * lengthMs) / 2;
      const need = target - before;
      if (need <= area && lengthMs > 0 && area > 0) {
        // Solve r0·t + slope·t²/2 = need for t in [0, lengthMs].
        const t = Math.abs(slope) < 1e-15 ? need / r0 : (-r0 + Math.sqrt(Math.max(0, r0 * r0 + 2 * slope * need))) / slope;
        return a.atMs + Math.min(Math.max(t, 0), lengthMs);
      }
      before += area;
    }
    return null;
  };
}

/**
 * The arrival times (ms from the start, ascending, all before the end of the run). Constant
 * arrivals are evenly spaced by the rate (1,000 req/s: one every millisecond from 0); Poisson
 * arrivals have exponential gaps around the same rate, drawn from the seed, through the
 * time-rescaling theorem so ramps and spikes work for both.
 */
export function arrivalTimes(plan: ArrivalPlan): number[] {
  const at = inverter(rateCurve(plan));
  const times: number[] = [];
  if (plan.arrival === 'constant') {
    for (let k = 0; ; k++) {
      const t = at(k);
      if (t === null || t >= plan.durationMs) break;
      times.push(t);
    }
    return times;
  }
  const rng = xoroshiro128plus(plan.seed);
  let expected = 0;
  for (;;) {
    // 1 − u is in (0, 1], so the logarithm is finite.
    expected += -Math.log(1 - uniformFloat64(rng));
    const t = at(expected);
    if (t === null || t >= plan.durationMs) break;
    times.push(t);
  }
  return times;
}
