/**
 * Expiry arguments that only mean something against the moment a sequence runs: a unix time a
 * minute ahead, or the largest relative expiry that still fits in a signed 64-bit millisecond
 * time. The generator writes them as tokens; `resolveTimes` turns them into numbers when the
 * sequence starts, against the time the lab's clock is set to. The real server's clock is a few
 * milliseconds later by then, so every token keeps a margin far wider than that from any edge.
 *
 * - `{now+N}` / `{now-N}`: the unix time in ms N ms from now;
 * - `{nows+N}` / `{nows-N}`: the unix time in seconds N s from now;
 * - `{maxrel+N}` / `{maxrel-N}`: N ms past (before) the largest relative ms expiry, INT64_MAX − now;
 * - `{maxrels+N}` / `{maxrels-N}`: the same in seconds, ⌊(INT64_MAX − now) / 1000⌋.
 */

const INT64_MAX = 2n ** 63n - 1n;

const token = /^\{(now|nows|maxrel|maxrels)([+-]\d+)\}$/;

function resolve(arg: string, nowMs: bigint): string {
  const m = token.exec(arg);
  if (!m) return arg;
  const offset = BigInt(m[2]!);
  const base = { now: nowMs, nows: nowMs / 1000n, maxrel: INT64_MAX - nowMs, maxrels: (INT64_MAX - nowMs) / 1000n }[m[1] as 'now'];
  return String(base + offset);
}

/** The argv with its time tokens replaced by numbers, for a sequence starting at `nowMs` (unix ms). */
export function resolveTimes(argv: string[], nowMs: bigint): string[] {
  return argv.map((arg) => resolve(arg, nowMs));
}
