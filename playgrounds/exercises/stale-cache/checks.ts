/** Checks of the stale-cache exercise: fresh after a write, TTLs in Redis, hits that skip the database. */
import { exportedFunction, withQueries } from '../../../src/exercises/measure';
import { seedIndex } from '../../../src/exercises/seed-truth';
import type { CheckContext, ExerciseDefinition } from '../../../src/exercises/types';
import { both, shown, verdict } from '../../../src/exercises/verdict';

function getUser(context: CheckContext) {
  return exportedFunction<[number], { name?: unknown } | null>(context.exported, 'getUser');
}

function renameUser(context: CheckContext) {
  return exportedFunction<[number, string], unknown>(context.exported, 'renameUser');
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

/** Hidden users renamed and read back: other ids than the sample, one read twice before. */
const renamed = [11, 250, 1_999];

export const exercise: ExerciseDefinition = {
  id: 'stale-cache',
  topic: 'caching',
  checklist: ['cache-invalidation', 'cache-ttl', 'cache-redis'],
  title: { 'pt-BR': 'Cache-aside sem leitura velha', en: 'Cache-aside without a stale read' },
  hints: {
    'pt-BR': [
      'Depois do update, a chave user:<id> ainda guarda o usuário antigo.',
      'Apague a chave (redis.del) depois de escrever no banco; a próxima leitura a recria.',
      "redis.set(chave, valor, 'EX', segundos) grava com TTL.",
    ],
    en: [
      'After the update, the key user:<id> still holds the old user.',
      'Delete the key (redis.del) after writing to the database; the next read fills it again.',
      "redis.set(key, value, 'EX', seconds) writes with a TTL.",
    ],
  },
  exports: ['getUser', 'renameUser'],
  checks: [
    {
      id: 'fresh-after-update',
      title: { 'pt-BR': 'Depois de renomear, a leitura traz o nome novo', en: 'After a rename, the read returns the new name' },
      hiddenCases: renamed.length,
      async run(context) {
        for (const id of renamed) {
          await getUser(context)(id);
          await getUser(context)(id);
          const name = `Renamed ${id}`;
          await renameUser(context)(id, name);
          const after = (await getUser(context)(id))?.name;
          if (after !== name) return verdict(false, both(`getUser(${id}).name → "${name}"`), both(shown(after)));
        }
        return verdict(true, both(`${renamed.length} ✓`), both(`${renamed.length} ✓`));
      },
    },
    {
      id: 'ttl-set',
      title: { 'pt-BR': 'Toda chave do cache tem TTL', en: 'Every cache key has a TTL' },
      hiddenCases: 1,
      async run(context) {
        await getUser(context)(321);
        const ttls = await keyTtls(context);
        const forever = ttls.filter(([, ttl]) => ttl < 0).map(([key]) => key);
        const passed = ttls.length > 0 && forever.length === 0;
        return verdict(
          passed,
          { 'pt-BR': '≥ 1 chave, todas com TTL', en: '≥ 1 key, all with a TTL' },
          forever.length
            ? { 'pt-BR': `sem TTL: ${shown(forever)}`, en: `no TTL: ${shown(forever)}` }
            : { 'pt-BR': `${ttls.length} chaves com TTL`, en: `${ttls.length} keys with a TTL` },
        );
      },
    },
    {
      id: 'hit-skips-database',
      title: { 'pt-BR': 'A segunda leitura não vai ao banco', en: 'The second read does not reach the database' },
      hiddenCases: 2,
      async run(context) {
        await getUser(context)(1_234);
        const { value, queries } = await withQueries(context.lab, () => getUser(context)(1_234));
        const name = String(seedIndex().users.get(1_234)!.name);
        return verdict(
          queries.length === 0 && value?.name === name,
          { 'pt-BR': `0 queries, nome "${name}"`, en: `0 queries, name "${name}"` },
          { 'pt-BR': `${queries.length} queries, nome ${shown(value?.name)}`, en: `${queries.length} queries, name ${shown(value?.name)}` },
        );
      },
    },
    {
      id: 'missing-user',
      title: { 'pt-BR': 'Um id que não existe dá null', en: 'An id that does not exist gives null' },
      hiddenCases: 1,
      async run(context) {
        const value = await getUser(context)(7_777);
        return verdict(value === null || value === undefined, both('null'), both(shown(value)));
      },
    },
  ],
};
