/** Checks of the rate-limit exercise: exact counts under concurrency, TTLs in Redis, a window that resets. */
import { exportedFunction } from '../../../src/exercises/measure';
import type { CheckContext, ExerciseDefinition } from '../../../src/exercises/types';
import { both, shown, verdict } from '../../../src/exercises/verdict';

function allow(context: CheckContext) {
  return exportedFunction<[string, number, number], unknown>(context.exported, 'allow');
}

/** How many of `calls` concurrent requests from `client` passed. */
async function burst(context: CheckContext, client: string, calls: number, limit: number, windowSeconds: number): Promise<number> {
  const answers = await Promise.all(Array.from({ length: calls }, () => allow(context)(client, limit, windowSeconds)));
  return answers.filter((a) => a === true).length;
}

/** Every key in the lab's Redis with its TTL in seconds (-1: none). */
async function keyTtls(context: CheckContext): Promise<[string, number][]> {
  const redis = context.lab.redis().client();
  try {
    const keys = (await redis.call('KEYS', '*')) as string[];
    const ttls: [string, number][] = [];
    for (const key of keys) ttls.push([key, (await redis.call('TTL', key)) as number]);
    return ttls;
  } finally {
    await redis.quit();
  }
}

const EDGE_CALLS = 20;

/**
 * One client per offset: a first request makes the counter (1 s window), a second comes in the
 * few milliseconds around its expiry. A GET that still sees the old counter followed by an INCR
 * that lands after it expired recreates the key with no TTL; one of the offsets hits that gap.
 */
async function callsAroundExpiry(context: CheckContext): Promise<void> {
  const probes = Array.from({ length: EDGE_CALLS }, async (_, i) => {
    const client = `client-edge-${i}`;
    await allow(context)(client, 1_000, 1);
    await context.lab.sleep(996 + i * 0.2);
    await allow(context)(client, 1_000, 1);
  });
  await Promise.all(probes);
}

/** Hidden bursts: client, calls at once, limit. */
const bursts: readonly [string, number, number][] = [
  ['client-a', 20, 5],
  ['client-b', 12, 3],
  ['client-c', 4, 10],
];

export const exercise: ExerciseDefinition = {
  id: 'atomic-rate-limit',
  topic: 'rate-limiting',
  checklist: ['api-rate-limiting'],
  title: { 'pt-BR': 'Rate limiter atômico, sem perder o TTL', en: 'An atomic rate limiter that never loses its TTL' },
  hints: {
    'pt-BR': [
      'INCR já devolve o valor novo: não precisa do GET antes.',
      'Compare o valor que o INCR devolveu com o limite: cada requisição recebe um número diferente.',
      "Mande INCR e EXPIRE juntos numa redis.multi() (EXPIRE com 'NX'), para o TTL nunca se perder entre os dois.",
    ],
    en: [
      'INCR already returns the new value: there is no need for the GET before it.',
      'Compare the value INCR returned with the limit: each request gets a different number.',
      "Send INCR and EXPIRE together in a redis.multi() (EXPIRE with 'NX'), so the TTL is never lost between them.",
    ],
  },
  exports: ['allow'],
  checks: [
    {
      id: 'exact-under-concurrency',
      title: { 'pt-BR': 'Exatamente limit de M chamadas simultâneas', en: 'Exactly limit of M concurrent calls' },
      hiddenCases: bursts.length,
      async run(context) {
        for (const [client, calls, limit] of bursts) {
          const passed = await burst(context, client, calls, limit, 60);
          const expected = Math.min(calls, limit);
          if (passed !== expected) {
            return verdict(
              false,
              { 'pt-BR': `${client}: ${expected} de ${calls} passam`, en: `${client}: ${expected} of ${calls} pass` },
              { 'pt-BR': `${passed} de ${calls} passaram`, en: `${passed} of ${calls} passed` },
            );
          }
        }
        return verdict(true, both(`${bursts.length} ✓`), both(`${bursts.length} ✓`));
      },
    },
    {
      id: 'ttl-kept',
      title: { 'pt-BR': 'Todo contador no Redis tem TTL da janela', en: 'Every counter in Redis has the window’s TTL' },
      hiddenCases: 1 + EDGE_CALLS,
      async run(context) {
        await burst(context, 'client-ttl', 8, 2, 30);
        await callsAroundExpiry(context);
        const ttls = await keyTtls(context);
        // -2: the key expired between KEYS and TTL, which is what a TTL is for; -1: it never will.
        const bad = ttls.filter(([, ttl]) => ttl === -1 || ttl > 60).map(([key, ttl]) => `${key}=${ttl}`);
        return verdict(
          ttls.length > 0 && bad.length === 0,
          { 'pt-BR': '≥ 1 chave, todas com TTL ≤ 60 s', en: '≥ 1 key, each with a TTL ≤ 60 s' },
          bad.length ? both(shown(bad)) : { 'pt-BR': `${ttls.length} chaves`, en: `${ttls.length} keys` },
        );
      },
    },
    {
      id: 'window-resets',
      title: { 'pt-BR': 'Depois da janela, o cliente volta a passar', en: 'After the window, the client gets through again' },
      hiddenCases: 2,
      async run(context) {
        await burst(context, 'client-w', 3, 3, 10);
        const blocked = await allow(context)('client-w', 3, 10);
        await context.lab.sleep(11_000);
        const again = await allow(context)('client-w', 3, 10);
        return verdict(
          blocked === false && again === true,
          { 'pt-BR': 'bloqueado, e 11 s depois liberado', en: 'blocked, and let through 11 s later' },
          { 'pt-BR': `${shown(blocked)}, depois ${shown(again)}`, en: `${shown(blocked)}, then ${shown(again)}` },
        );
      },
    },
  ],
};
