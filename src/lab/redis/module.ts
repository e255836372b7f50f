import { redisCommandMs } from '../../data/latency-model';
import { esModule, printReport, type LabPart, type LabReport, type PartContext } from '../part';
import { createRedisClass } from './client';
import { RedisServer } from './server';

/** The Redis part: `ioredis` is the client; `@lab/redis` gives the server's counters. */
export function redisPart(context: PartContext): LabPart {
  const { clock, texts } = context;
  let redisServer: RedisServer | undefined;
  let roundTrips = 0;
  const server = () => (redisServer ??= new RedisServer(context.nowUnixMs));
  const redisReport = (): LabReport | null => {
    if (!redisServer) return null;
    const st = redisServer.ks.stats;
    const commands = [...st.commands.values()].reduce((a, b) => a + b, 0);
    const top = [...st.commands]
      .sort((a, b) => b[1] - a[1])
      .map(([n, c]) => `${n.toUpperCase()} ${c}`)
      .join(', ');
    return {
      title: texts.redisTitle,
      lines: [texts.redisLine(commands, roundTrips), texts.redisHits(st.hits, st.misses), ...(top ? [texts.redisTop(top)] : [])],
    };
  };
  const Redis = createRedisClass({
    server: server(),
    delay: (ms) => clock.delay(ms),
    roundTripMs: redisCommandMs,
    onRoundTrip: () => roundTrips++,
    trace: context.trace,
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
      report: printReport(context, redisReport),
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
}
