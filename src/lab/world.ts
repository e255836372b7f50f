import type { Locale } from '../i18n/locales';
import { redisCommandMs } from '../data/latency-model';
import { withCallSite } from './call-site';
import { realNow } from './clock/macrotask';
import { RealWork } from './clock/real-work';
import { VIRTUAL_EPOCH_MS, VirtualClock } from './clock/virtual-clock';
import { CpuPool, type CpuPoolOptions, type CpuStats } from './cpu/pool';
import type { CpuThreads } from './cpu/threads';
import { createBlocking } from './blocking/thread-pool';
import { createLabHttp, type LabHttp } from './http/fetch';
import { formatMsFigure } from '../i18n/format';
import { labText } from './messages';
import { databasePart } from './db/module';
import { createRedisClass } from './redis/client';
import { RedisServer } from './redis/server';

/** What a world needs from its host. */
export interface LabWorldOptions {
  locale: Locale;
  cpu: CpuThreads;
  /** Where reports go (the runner's host). */
  report(title: string, lines: string[]): void;
}

/** A report: a title and its lines, already in the world's locale. */
export interface LabReport {
  title: string;
  lines: string[];
}

/** One lab part: its module for `import`, and its report (null when the program did not use it). */
export interface LabPart {
  module: Record<string, unknown>;
  report(): LabReport | null;
  dispose?(): void;
}

/** Everything one run sees: a fresh clock, Redis, database, HTTP services and CPU pool. */
export interface LabWorld {
  clock: VirtualClock;
  realWork: RealWork;
  locale: Locale;
  /** The global `fetch` a program gets. */
  fetch: LabHttp['fetch'];
  /** Resolves an import name to its lab module; null when the lab has none. */
  resolve(name: string): Record<string, unknown> | null;
  moduleNames(): string[];
  /** Reports of the parts the program used, in a stable order. */
  reports(): LabReport[];
  /** Releases real resources (CPU threads). */
  dispose(): void;
  /** Registers an extra part (the database registers itself this way). */
  addPart(names: string[], create: (world: LabWorld) => LabPart): void;
}

const esModule = (exports: Record<string, unknown>) => ({ __esModule: true, ...exports });

/** Builds a fresh world for one run. Parts are created on first import, so unused ones cost nothing. */
export function createLabWorld(options: LabWorldOptions): LabWorld {
  const clock = new VirtualClock();
  const realWork = new RealWork();
  const texts = labText[options.locale];
  const nowUnixMs = () => VIRTUAL_EPOCH_MS + clock.nowMs();
  const http = createLabHttp(clock, nowUnixMs, options.locale);
  const factories = new Map<string, { key: string; create: (w: LabWorld) => LabPart }>();
  const parts = new Map<string, LabPart>();
  const order: string[] = [];

  const world: LabWorld = {
    clock,
    realWork,
    locale: options.locale,
    fetch: (input, init) => withCallSite(http.fetch(input, init)),
    resolve(name) {
      const f = factories.get(name);
      if (!f) return null;
      let part = parts.get(f.key);
      if (!part) {
        part = f.create(world);
        parts.set(f.key, part);
      }
      return part.module;
    },
    moduleNames: () => [...factories.keys()],
    reports() {
      const out: LabReport[] = [];
      for (const key of order) {
        const part = key === '@lab/http' ? httpPart : parts.get(key);
        const r = part?.report();
        if (r) out.push(r);
      }
      return out;
    },
    dispose() {
      for (const p of parts.values()) p.dispose?.();
    },
    addPart(names, create) {
      const key = names[0]!;
      order.push(key);
      for (const n of names) factories.set(n, { key, create });
    },
  };

  // Redis: `ioredis` is the client; `@lab/redis` gives the server's counters.
  let redisServer: RedisServer | undefined;
  let roundTrips = 0;
  const server = () => (redisServer ??= new RedisServer(nowUnixMs));
  const redisReport = (): LabReport | null => {
    if (!redisServer) return null;
    const st = redisServer.ks.stats;
    const commands = [...st.commands.values()].reduce((a, b) => a + b, 0);
    const top = [...st.commands].sort((a, b) => b[1] - a[1]).map(([n, c]) => `${n.toUpperCase()} ${c}`).join(', ');
    return {
      title: texts.redisTitle,
      lines: [texts.redisLine(commands, roundTrips), texts.redisHits(st.hits, st.misses), ...(top ? [texts.redisTop(top)] : [])],
    };
  };
  world.addPart(['ioredis', '@lab/redis'], () => {
    const Redis = createRedisClass({
      server: server(),
      delay: (ms) => clock.delay(ms),
      roundTripMs: redisCommandMs,
      onRoundTrip: () => roundTrips++,
    });
    return {
      module: esModule({
        default: Redis,
        Redis,
        /** Counters of the lab's Redis server: commands by name, round trips, key hits and misses. */
        stats: () => {
          const st = server().ks.stats;
          return { commands: Object.fromEntries(st.commands), roundTrips, hits: st.hits, misses: st.misses, keys: server().ks.size };
        },
        /** Prints the Redis report now. */
        report: () => {
          const r = redisReport();
          if (r) options.report(r.title, r.lines);
        },
        /** Starts the counters again (keys stay). */
        resetStats: () => {
          const st = server().ks.stats;
          st.commands.clear();
          st.hits = 0;
          st.misses = 0;
          roundTrips = 0;
        },
      }),
      report: redisReport,
    };
  });

  // Database: seeded on first import.
  world.addPart(['@lab/db'], (w) => databasePart(w, options.report));

  // HTTP: the global fetch always exists; `@lab/http` describes the services and counts requests.
  const httpReport = (): LabReport | null => {
    if (http.stats.byOrigin.size === 0) return null;
    return {
      title: texts.httpTitle,
      lines: [...http.stats.byOrigin].map(([origin, s]) =>
        texts.httpLine(origin, s.requests, [...s.statuses].map(([k, v]) => `${k} ×${v}`).join(', ')),
      ),
    };
  };
  const httpPart: LabPart = {
    module: esModule({
      services: http.services.map((s) => ({
        origin: s.origin,
        description: s.description,
        networkMs: s.latency.networkMs,
        serviceMs: s.latency.serviceMs,
      })),
      stats: () => Object.fromEntries([...http.stats.byOrigin].map(([o, s]) => [o, { requests: s.requests, statuses: Object.fromEntries(s.statuses) }])),
      report: () => {
        const r = httpReport();
        if (r) options.report(r.title, r.lines);
      },
      fetch: http.fetch,
    }),
    report: httpReport,
  };
  world.addPart(['@lab/http'], () => httpPart);

  // CPU: real threads, real time.
  const cpuStats: CpuStats = { tasks: 0, threads: 0, realMs: 0 };
  const pools: CpuPool[] = [];
  world.addPart(['@lab/cpu'], () => ({
    module: esModule({
      /** A pool of real threads: `await createPool({ size: 4 }).map(fn, items)`. */
      createPool: (opts?: CpuPoolOptions) => {
        const pool = new CpuPool(options.cpu, realWork, texts, cpuStats, opts);
        pools.push(pool);
        return pool;
      },
      cores: options.cpu.cores,
      realNow,
    }),
    report: () =>
      cpuStats.tasks === 0
        ? null
        : { title: texts.cpuTitle, lines: [texts.cpuLine(cpuStats.tasks, cpuStats.threads, formatMsFigure(Math.round(cpuStats.realMs * 10) / 10, options.locale))] },
    dispose: () => pools.forEach((p) => p.close()),
  }));

  // Clock: virtual time for I/O and timers; real time for CPU work.
  world.addPart(['@lab/clock'], () => ({
    module: esModule({
      /** Virtual milliseconds since the run started (the same as `performance.now()`). */
      now: () => clock.nowMs(),
      /** Waits `ms` of virtual time; timers due meanwhile fire. `await sleep(3_600_000)` is an hour. */
      sleep: (ms: number) => clock.delay(Math.max(0, Number(ms) || 0)),
      /** Same as sleep: lets a program jump ahead (an hour, a day) and see TTLs expire. */
      advance: (ms: number) => clock.delay(Math.max(0, Number(ms) || 0)),
      /** Moves virtual time like a blocking call would: nothing else runs meanwhile, due timers run late. */
      block: (ms: number) => clock.block(Math.max(0, Number(ms) || 0)),
      /** The real clock (ms), for CPU-bound work that runs on real cores. */
      realNow,
    }),
    report: () => null,
  }));

  // Blocking calls and a thread pool for them, on virtual time.
  let blocking: ReturnType<typeof createBlocking> | undefined;
  world.addPart(['@lab/blocking'], () => {
    blocking = createBlocking(clock, http, nowUnixMs, texts);
    return {
      module: esModule({ fetchSync: blocking.fetchSync, sleepSync: blocking.sleepSync, createThreadPool: blocking.createThreadPool }),
      report: () =>
        blocking && (blocking.stats.tasks > 0 || blocking.stats.mainThreadBlockedMs > 0)
          ? { title: texts.blockingTitle, lines: [texts.blockingLine(formatMsFigure(blocking.stats.mainThreadBlockedMs, options.locale), blocking.stats.tasks)] }
          : null,
    };
  });

  const perfHooks = () => ({ module: esModule({ performance: clock.performance() }), report: () => null });
  world.addPart(['node:perf_hooks', 'perf_hooks'], perfHooks);
  const timersPromises = () => ({
    module: esModule({
      setTimeout: (ms?: number, value?: unknown) => clock.delay(Math.max(0, Math.trunc(Number(ms)) || 0)).then(() => value),
      setImmediate: (value?: unknown) => clock.delay(0).then(() => value),
    }),
    report: () => null,
  });
  world.addPart(['node:timers/promises', 'timers/promises'], timersPromises);

  return world;
}
