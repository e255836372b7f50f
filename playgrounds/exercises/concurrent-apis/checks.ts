/** Checks of the concurrent-APIs exercise: right answers in order, the slowest one's time, failures and timeouts as null. */
import { exportedFunction, timed } from '../../../src/exercises/measure';
import type { CheckContext, ExerciseDefinition } from '../../../src/exercises/types';
import { both, shown, verdict } from '../../../src/exercises/verdict';

const api = (n: number) => `https://api${n}.com/data`;
/** A host the lab does not have: every request to it fails. */
const DOWN = 'https://down.example/data';
/** Above the slowest API's latency (210 ms), with room for the answer's transfer. */
const GENEROUS_MS = 2_000;

function dashboard(context: CheckContext) {
  return exportedFunction<[string[], number], unknown>(context.exported, 'dashboard');
}

/** Which API each result came from (null where there is none), read from the services' answers. */
function sources(value: unknown): unknown {
  return Array.isArray(value) ? value.map((r: { source?: unknown } | null) => r?.source ?? null) : value;
}

/** The slowest single call among `urls`, measured by the check one at a time. */
async function slowestAlone(context: CheckContext, urls: string[]): Promise<number> {
  let slowest = 0;
  for (const url of urls) {
    const { ms } = await timed(context.lab, () => fetchDirect(context, url));
    slowest = Math.max(slowest, ms);
  }
  return slowest;
}

async function fetchDirect(context: CheckContext, url: string): Promise<void> {
  await (await context.lab.fetch(url)).text();
}

export const exercise: ExerciseDefinition = {
  id: 'concurrent-apis',
  topic: 'async-api',
  checklist: ['api-async'],
  title: { 'pt-BR': 'Três APIs ao mesmo tempo, com timeout', en: 'Three APIs at once, with a timeout' },
  hints: {
    'pt-BR': [
      'Cada await dentro do for espera a API anterior terminar antes de chamar a próxima.',
      'Promise.all(urls.map(…)) dispara todas de uma vez; mas rejeita se uma rejeitar.',
      'Envolva cada fetch num try/catch que devolve null, com um AbortController e um setTimeout(abort, timeoutMs).',
    ],
    en: [
      'Each await inside the for loop waits for the previous API before calling the next.',
      'Promise.all(urls.map(…)) fires them all at once; but it rejects when one rejects.',
      'Wrap each fetch in a try/catch that returns null, with an AbortController and a setTimeout(abort, timeoutMs).',
    ],
  },
  exports: ['dashboard'],
  checks: [
    {
      id: 'right-answers',
      title: { 'pt-BR': 'Uma resposta por URL, na ordem', en: 'One answer per URL, in order' },
      hiddenCases: 2,
      async run(context) {
        for (const urls of [
          [api(3), api(1), api(2)],
          [api(2), api(2)],
        ]) {
          const got = sources(await dashboard(context)(urls, GENEROUS_MS));
          const expected = urls.map((u) => new URL(u).host);
          if (shown(got) !== shown(expected)) return verdict(false, both(shown(expected)), both(shown(got)));
        }
        return verdict(true, both('2 ✓'), both('2 ✓'));
      },
    },
    {
      id: 'concurrent',
      title: { 'pt-BR': 'Leva o tempo da API mais lenta, não a soma', en: 'Takes the slowest API’s time, not the sum' },
      hiddenCases: 1,
      async run(context) {
        const urls = [api(1), api(2), api(3)];
        const slowest = await slowestAlone(context, urls);
        const { ms } = await timed(context.lab, () => dashboard(context)(urls, GENEROUS_MS));
        const limit = Math.ceil(slowest * 1.25);
        return verdict(ms <= limit, both(`≤ ${limit} ms`), both(`${Math.round(ms)} ms`));
      },
    },
    {
      id: 'failure-isolated',
      title: { 'pt-BR': 'Uma API fora do ar vira null, sem derrubar o resto', en: 'An API that is down becomes null, the rest still comes' },
      hiddenCases: 1,
      async run(context) {
        const urls = [api(1), DOWN, api(3)];
        const got = sources(await dashboard(context)(urls, GENEROUS_MS));
        const expected = ['api1.com', null, 'api3.com'];
        return verdict(shown(got) === shown(expected), both(shown(expected)), both(shown(got)));
      },
    },
    {
      id: 'timeout',
      title: { 'pt-BR': 'Desiste de cada API no timeout', en: 'Gives up on each API at the timeout' },
      hiddenCases: 1,
      async run(context) {
        const { value, ms } = await timed(context.lab, () => dashboard(context)([api(1), api(2), api(3)], 100));
        const got = sources(value);
        const passed = shown(got) === shown([null, null, null]) && ms <= 120;
        return verdict(
          passed,
          { 'pt-BR': '[null,null,null] em ≤ 120 ms', en: '[null,null,null] in ≤ 120 ms' },
          { 'pt-BR': `${shown(got)} em ${Math.round(ms)} ms`, en: `${shown(got)} in ${Math.round(ms)} ms` },
        );
      },
    },
  ],
};
