/**
 * The lab as a check reads it: typed views over the modules of the world the reader's program ran
 * in (the same instances the program imported), so a check counts the queries, connections, Redis
 * commands and HTTP requests the program really caused. A part the program never imported is
 * created empty on first use, as a program's own import would.
 */
import type { DbClient } from '../lab/db/client';
import type { QueryLogEntry } from '../lab/db/statement';
import type { LabWorld } from '../lab/world';

/** The `@lab/db` module, as far as checks use it. */
interface DbView {
  /** The default engine's client: a check's own reads and writes (outside the reader's calls). */
  db: DbClient;
  queryLog: { readonly entries: readonly QueryLogEntry[]; readonly count: number };
  restartDatabase(): void;
}

/** A Redis client of the lab's one server: any command by name. */
interface RedisClientView {
  call(name: string, ...args: unknown[]): Promise<unknown>;
  quit(): Promise<unknown>;
}

/** The `ioredis` and `@lab/redis` modules, as far as checks use them. */
interface RedisView {
  /** A new client of the server the program's clients talk to. */
  client(): RedisClientView;
  stats(): { commands: Record<string, number>; roundTrips: number };
}

/** The `@lab/http` module: requests and statuses by origin. */
interface HttpView {
  stats(): Record<string, { requests: number; statuses: Record<string, number> }>;
}

/** Everything a check may read or do in the lab. */
export interface CheckLab {
  db(): DbView;
  redis(): RedisView;
  http(): HttpView;
  /** The lab's `fetch`, as the program's global one (the same services and counters). */
  fetch: LabWorld['fetch'];
  /** Virtual time now, in ms. */
  nowMs(): number;
  /** Waits `ms` of virtual time (a window passing, a TTL running out). */
  sleep(ms: number): Promise<void>;
}

/** The check's view of a run's world. */
export function checkLab(world: LabWorld): CheckLab {
  const module = <T>(name: string) => world.resolve(name) as T;
  return {
    db: () => module<DbView>('@lab/db'),
    redis: () => {
      const Redis = module<{ default: new () => RedisClientView }>('ioredis').default;
      const counters = module<Pick<RedisView, 'stats'>>('@lab/redis');
      return { client: () => new Redis(), stats: () => counters.stats() };
    },
    http: () => module<HttpView>('@lab/http'),
    fetch: world.fetch,
    nowMs: () => world.clock.nowMs(),
    sleep: (ms) => world.clock.delay(ms),
  };
}
