/** Checks of the pooling exercise: right names, few connections, reuse, and a restart survived. */
import { exportedFunction, withQueries } from '../../../src/exercises/measure';
import { seedIndex } from '../../../src/exercises/seed-truth';
import type { CheckContext, ExerciseDefinition } from '../../../src/exercises/types';
import { both, sameData, shown, verdict } from '../../../src/exercises/verdict';

const MAX_CONNECTIONS = 15;
/** Hidden ids: others than the sample, the last user, and one that does not exist. */
const ids = [17, 2_000, 640, 9_999];
const burst = Array.from({ length: 50 }, (_, i) => 300 + i);

function expectedName(id: number): string | null {
  const user = seedIndex().users.get(id);
  return user ? String(user.name) : null;
}

function userName(context: CheckContext) {
  return exportedFunction<[number], unknown>(context.exported, 'userName');
}

/** Distinct connections the database saw for a set of statements. */
function connections(queries: readonly { connection: number }[]): number {
  return new Set(queries.map((q) => q.connection)).size;
}

export const exercise: ExerciseDefinition = {
  id: 'connection-pool',
  topic: 'connection-pooling',
  checklist: ['db-pooling'],
  title: { 'pt-BR': 'De uma conexão por requisição para um pool', en: 'From a connection per request to a pool' },
  hints: {
    'pt-BR': [
      'Abrir uma conexão custa várias idas e voltas; o pool abre poucas e as reaproveita.',
      'createEngine({ poolSize, maxOverflow }) cria o pool uma vez, fora da função; engine.db usa uma conexão dele por chamada.',
      'Depois de restartDatabase(), as conexões do pool estão mortas: poolPrePing: true testa cada uma antes de usá-la.',
    ],
    en: [
      'Opening a connection costs several round trips; a pool opens a few and reuses them.',
      'createEngine({ poolSize, maxOverflow }) creates the pool once, outside the function; engine.db takes one of its connections per call.',
      'After restartDatabase() the pool’s connections are dead: poolPrePing: true tests each one before using it.',
    ],
  },
  exports: ['userName'],
  checks: [
    {
      id: 'right-names',
      title: { 'pt-BR': 'O nome certo, ou null para quem não existe', en: 'The right name, or null for a missing user' },
      hiddenCases: ids.length,
      async run(context) {
        const got = [];
        for (const id of ids) got.push(await userName(context)(id));
        const expected = ids.map(expectedName);
        return verdict(sameData(got, expected), both(shown(expected)), both(shown(got)));
      },
    },
    {
      id: 'bounded-connections',
      title: { 'pt-BR': '50 chamadas simultâneas em até 15 conexões', en: '50 concurrent calls on at most 15 connections' },
      hiddenCases: 1,
      async run(context) {
        const { value, queries } = await withQueries(context.lab, () => Promise.all(burst.map((id) => userName(context)(id))));
        const used = connections(queries);
        const right = sameData(value, burst.map(expectedName));
        const expected = { 'pt-BR': `≤ ${MAX_CONNECTIONS} conexões, nomes certos`, en: `≤ ${MAX_CONNECTIONS} connections, right names` };
        const actual = { 'pt-BR': `${used} conexões${right ? '' : ', nomes errados'}`, en: `${used} connections${right ? '' : ', wrong names'}` };
        return verdict(used <= MAX_CONNECTIONS && right, expected, actual);
      },
    },
    {
      id: 'reuses-connections',
      title: { 'pt-BR': '20 chamadas seguidas não abrem conexão nova', en: '20 calls in a row open no new connection' },
      hiddenCases: 20,
      async run(context) {
        await userName(context)(499);
        const seen = new Set(context.lab.db().queryLog.entries.map((e) => e.connection));
        const { queries } = await withQueries(context.lab, async () => {
          for (let i = 0; i < 20; i++) await userName(context)(500 + i);
        });
        const opened = connections(queries.filter((q) => !seen.has(q.connection)));
        const expected = { 'pt-BR': '0 conexões novas', en: '0 new connections' };
        return verdict(queries.length > 0 && opened === 0, expected, { 'pt-BR': `${opened} conexões novas`, en: `${opened} new connections` });
      },
    },
    {
      id: 'survives-restart',
      title: { 'pt-BR': 'Continua funcionando depois que o banco reinicia', en: 'Keeps working after the database restarts' },
      hiddenCases: 2,
      async run(context) {
        await userName(context)(1);
        context.lab.db().restartDatabase();
        const got = [await userName(context)(8), await userName(context)(9)];
        const expected = [expectedName(8), expectedName(9)];
        return verdict(sameData(got, expected), both(shown(expected)), both(shown(got)));
      },
    },
  ],
};
