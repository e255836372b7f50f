/**
 * Runs a handler under an open-loop arrival schedule on the virtual clock and measures what a
 * load tester would: outcomes, latency, throughput and how many requests were in flight. The
 * handler is the program's own async function; the lab's I/O inside it takes virtual time, so
 * ten virtual seconds of traffic take a fraction of a real one.
 */
import { arrivalTimes, type ArrivalPlan } from './arrivals';
import { measureRun, type LoadResult, type Outcome, type RequestRecord } from './measure';

/** The clock a run needs: read virtual time, schedule and cancel callbacks on it. */
export interface LoadClock {
  nowMs(): number;
  schedule(delayMs: number, callback: () => void): number;
  cancel(id: unknown): void;
}

/** What the handler gets besides the request number: a signal aborted when the client gives up. */
interface LoadRequestContext {
  signal: AbortSignal | undefined;
}

/** The program's handler: any async function of the request number (0, 1, 2, …). */
export type LoadHandler = (request: number, context: LoadRequestContext) => unknown;

/** A run's settings once checked (see `readLoadOptions`). */
export interface LoadSettings extends ArrivalPlan {
  timeoutMs: number | null;
}

/** HTTP status that means "too many requests": a refusal, not a failure. */
const TOO_MANY_REQUESTS = 429;

/** The status a handler's value carries: a number is a status code; a Response-like object has `status`. */
function statusOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'object' && value !== null) {
    const v = value as { status?: unknown; statusCode?: unknown };
    if (typeof v.status === 'number') return v.status;
    if (typeof v.statusCode === 'number') return v.statusCode;
  }
  return undefined;
}

/** How a returned value ends a request: a 429 is refused, a 5xx failed, anything else completed. */
function outcomeOfValue(value: unknown): Outcome {
  const status = statusOf(value);
  if (status === TOO_MANY_REQUESTS) return 'refused';
  return status !== undefined && status >= 500 && status < 600 ? 'failed' : 'completed';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Runs one load test; resolves when every request sent has been answered or given up on. */
export function runLoad(
  clock: LoadClock,
  handler: LoadHandler,
  settings: LoadSettings,
  /** Told of each refused request (a 429): the trace marks it. */
  onRefused?: (request: number) => void,
): Promise<LoadResult> {
  const startMs = clock.nowMs();
  const arrivals = arrivalTimes(settings);
  const records: RequestRecord[] = [];
  const errors = new Map<string, number>();
  const { timeoutMs } = settings;

  return new Promise((resolve) => {
    let settled = 0;
    const finishIfDone = () => {
      if (settled === arrivals.length) resolve(measureRun(records, settings.durationMs, errors));
    };

    const send = (k: number) => {
      const at = arrivals[k]!;
      if (k + 1 < arrivals.length) clock.schedule(startMs + arrivals[k + 1]! - clock.nowMs(), () => send(k + 1));
      const record: RequestRecord = { startMs: at, endMs: at, latencyMs: 0, outcome: 'completed' };
      records.push(record);
      let done = false;
      let timer: number | undefined;
      const controller = timeoutMs === null ? undefined : new AbortController();
      const end = (outcome: Outcome) => {
        if (done) return;
        done = true;
        if (timer !== undefined) clock.cancel(timer);
        // Rounded to the clock's nanosecond so fractional arrival times leave no float dust in latencies.
        const took = Math.round((clock.nowMs() - startMs - at) * 1e6) / 1e6;
        if (timeoutMs !== null && took >= timeoutMs) {
          record.outcome = 'timedOut';
          record.endMs = at + timeoutMs;
          record.latencyMs = timeoutMs;
        } else {
          record.outcome = outcome;
          record.endMs = at + took;
          record.latencyMs = took;
          if (outcome === 'refused') onRefused?.(k);
        }
        settled++;
        finishIfDone();
      };
      if (controller && timeoutMs !== null) {
        timer = clock.schedule(startMs + at + timeoutMs - clock.nowMs(), () => {
          timer = undefined;
          end('timedOut');
          controller.abort();
        });
      }
      let answer: unknown;
      try {
        answer = handler(k, { signal: controller?.signal });
      } catch (e) {
        answer = Promise.reject(e);
      }
      Promise.resolve(answer).then(
        (value) => end(outcomeOfValue(value)),
        (error: unknown) => {
          if (statusOf(error) === TOO_MANY_REQUESTS) return end('refused');
          if (!done) {
            const message = messageOf(error);
            errors.set(message, (errors.get(message) ?? 0) + 1);
          }
          end('failed');
        },
      );
    };

    if (arrivals.length === 0) finishIfDone();
    else clock.schedule(startMs + arrivals[0]! - clock.nowMs(), () => send(0));
  });
}
