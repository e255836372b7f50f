/**
 * The two Redis targets the contract suite runs against: the lab's server through the lab's
 * ioredis-compatible client, and a real redis-server through the real ioredis client.
 */
import { setTimeout as delay } from 'node:timers/promises';
import IORedis from 'ioredis';
import { VIRTUAL_EPOCH_MS } from '~/lab/clock/virtual-clock';
import { createRedisClass } from '~/lab/redis/client';
import { RedisServer } from '~/lab/redis/server';

// The lab client and ioredis share an API; the suite talks to both through this loose type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRedis = any;

export interface RedisTarget {
  name: 'lab' | 'redis-server';
  redis: AnyRedis;
  /** Empties the database before a test. */
  flush(): Promise<void>;
  /**
   * Waits until `done()` holds, letting the target's time pass: the lab advances its clock 1 ms
   * per check; the real server's time passes by itself, so it is checked again every few ms.
   */
  waitUntil(done: () => Promise<boolean>, maxMs?: number): Promise<void>;
  /**
   * Sets the lab's clock to a unix time in ms, so times relative to "now" mean the same on both
   * targets; the real server's clock is the machine's, and this does nothing there.
   */
  setClock(unixMs: number): void;
  /** Another client on the same server, with ioredis options (keyPrefix, lazyConnect); closed with the target. */
  client(options?: Record<string, unknown>): AnyRedis;
  /** Commands sent so far (counted for the real server to report the suite's coverage). */
  sent: { commands: number; names: Set<string> };
  close(): Promise<void>;
}

function counting(redis: AnyRedis, sent: RedisTarget['sent']): AnyRedis {
  const original = redis.sendCommand?.bind(redis);
  if (original) {
    redis.sendCommand = (cmd: { name: string }, ...rest: unknown[]) => {
      sent.commands++;
      sent.names.add(String(cmd.name).toLowerCase());
      return original(cmd, ...rest);
    };
  }
  return redis;
}

/** The lab's Redis with zero latency and a clock the suite moves by hand. */
export function labTarget(): RedisTarget {
  let now = VIRTUAL_EPOCH_MS;
  const server = new RedisServer(() => now);
  const Redis = createRedisClass({ server, delay: () => Promise.resolve(), roundTripMs: 0, onRoundTrip: () => {} });
  const sent = { commands: 0, names: new Set<string>() };
  return {
    name: 'lab',
    redis: new Redis(),
    client: (options) => new Redis(options),
    flush: async () => server.ks.flush(),
    async waitUntil(done, maxMs = 5_000) {
      for (let waited = 0; !(await done()); waited++) {
        if (waited > maxMs) throw new Error(`condition not reached after ${maxMs} ms of lab time`);
        now += 1;
      }
    },
    setClock(unixMs) {
      now = unixMs;
    },
    sent,
    close: async () => {},
  };
}

/** How often a wait on the real server checks its condition: often enough to notice an expiry quickly, without flooding it. */
const REAL_POLL_MS = 5;

/** A real redis-server (started by tests/setup/redis-server.ts) through the real ioredis. */
export function realTarget(port: number): RedisTarget {
  const sent = { commands: 0, names: new Set<string>() };
  const connect = (options?: Record<string, unknown>) =>
    counting(new IORedis({ host: '127.0.0.1', port, maxRetriesPerRequest: 0, enableOfflineQueue: true, ...options }), sent);
  const redis = connect();
  const others: AnyRedis[] = [];
  return {
    name: 'redis-server',
    redis,
    client(options) {
      const other = connect(options);
      others.push(other);
      return other;
    },
    flush: async () => {
      await redis.flushall();
    },
    async waitUntil(done, maxMs = 5_000) {
      const started = Date.now();
      while (!(await done())) {
        if (Date.now() - started > maxMs) throw new Error(`condition not reached within ${maxMs} ms`);
        await delay(REAL_POLL_MS);
      }
    },
    setClock() {},
    sent,
    close: async () => {
      await Promise.all([redis, ...others].map((r: AnyRedis) => (r.status === 'end' ? null : r.quit())));
    },
  };
}
