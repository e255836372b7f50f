import { latency, MS } from './reference-numbers';

/**
 * The lab's latency model: how long each simulated operation takes on the virtual clock.
 * Every figure is derived from the module's reference numbers (src/data/reference-numbers.ts);
 * what the table does not give is stated as an assumption beside the figure. All values are in
 * milliseconds, the unit of the virtual clock (`setTimeout`, `performance.now()`).
 */

const nsToMs = (ns: number): number => ns / MS;

/** One round trip inside a datacenter (the module's "Network (mesma DC)": 500 µs). */
export const sameDcRoundTripMs = nsToMs(latency('net-same-dc').ns);

/** One round trip between datacenters (the module's "Network (cross-DC)": 150 ms). */
export const crossDcRoundTripMs = nsToMs(latency('net-cross-dc').ns);

/** One main-memory access (the module's "RAM": 100 ns). */
const ramAccessMs = nsToMs(latency('ram').ns);

/**
 * A Redis command: one same-datacenter round trip. Redis executes a command in about a
 * microsecond, so the network is the whole cost. A pipeline or a MULTI/EXEC block pays one
 * round trip for all its commands, which is the point of pipelining.
 */
export const redisCommandMs = sameDcRoundTripMs;

/**
 * Assumption: visiting one row (heap tuple: page lookup, header, visibility check, columns,
 * executor overhead) touches about ten cache lines, so it costs ten RAM accesses, 1 µs.
 * That puts a 20,000-row sequential scan at 20 ms and matches the order of magnitude of
 * PostgreSQL's 10k–40k simple reads per second per server only when queries read few rows.
 */
export const rowsReadPerRowMs = 10 * ramAccessMs;

/** A database query: one same-datacenter round trip plus the rows it reads. */
export function queryMs(rowsRead: number): number {
  return sameDcRoundTripMs + rowsRead * rowsReadPerRowMs;
}

/**
 * Assumption: a new PostgreSQL connection takes six round trips before its first query, as the
 * connection-pooling page counts them: TCP handshake (1); SSLRequest, then the TLS 1.3 handshake
 * (2); the startup message and SCRAM-SHA-256 authentication (3: startup/AuthenticationSASL,
 * client-first/server-first, client-final/server-final with ReadyForQuery). Forking the backend
 * process and the password hashing cost more on a real server, so this is a lower bound.
 */
const connectionSetupRoundTrips = 6;

/** Setting up one new database connection, in ms. */
export const connectionSetupMs = connectionSetupRoundTrips * sameDcRoundTripMs;

/** `pool_pre_ping`: a `SELECT 1` on the checked-out connection, one round trip. */
export const prePingMs = sameDcRoundTripMs;

/** A named external HTTP service the lab's `fetch` can reach. */
export interface ServiceLatency {
  /** Network round trip to the service, in ms (the request rides an open keep-alive connection). */
  networkMs: number;
  /** Assumption: time the service spends producing its answer, in ms. */
  serviceMs: number;
  /** Why these figures. */
  why: string;
}

/**
 * External services of the module's async-API sample (`https://api1.com/data` ...). They sit in
 * another region, so each request costs one cross-datacenter round trip; the service times are
 * assumptions chosen so the three differ (gathering them concurrently costs the slowest, calling
 * them one after another costs the sum).
 */
export const serviceLatencies = {
  'api1.com': { networkMs: crossDcRoundTripMs, serviceMs: 0, why: 'another region; answers from memory' },
  'api2.com': { networkMs: crossDcRoundTripMs, serviceMs: 30, why: 'another region; a small database read' },
  'api3.com': { networkMs: crossDcRoundTripMs, serviceMs: 60, why: 'another region; a heavier computation' },
  'flaky.example': { networkMs: crossDcRoundTripMs, serviceMs: 0, why: 'another region; fails on a fixed pattern' },
  'limited.example': { networkMs: crossDcRoundTripMs, serviceMs: 0, why: 'another region; rate limited' },
  backend: { networkMs: sameDcRoundTripMs, serviceMs: 20, why: 'an application server in the same datacenter; 20 ms of work per request' },
} as const satisfies Record<string, ServiceLatency>;

/** Total latency of one request to a service with no queueing, in ms. */
export function serviceRequestMs(s: ServiceLatency): number {
  return s.networkMs + s.serviceMs;
}
