/** Checks of the weighted-balancing exercise: each backend's share within 5% of its weight, for any weights. */
import type { CheckContext, ExerciseDefinition } from '../../../src/exercises/types';
import { both, shown, verdict } from '../../../src/exercises/verdict';

const PICKS = 6_000;
const TOLERANCE = 0.05;

/** Hidden weights: other names, other ratios, a single backend. */
const weightCases: readonly Record<string, number>[] = [
  { 'http://backend1:8000': 3, 'http://backend2:8000': 2, 'http://backend3:8000': 1 },
  { east: 1, west: 4 },
  { a: 5, b: 1, c: 1, d: 3 },
  { only: 2 },
];

type Balancer = { next(): unknown };

function balancer(context: CheckContext, weights: Record<string, number>): Balancer {
  const create = context.exported['createBalancer'];
  if (typeof create !== 'function') throw new TypeError('createBalancer is not a function');
  const made = create({ ...weights }) as Balancer;
  if (typeof made?.next !== 'function') throw new TypeError('createBalancer(weights).next is not a function');
  return made;
}

/** Picks per name over `picks` calls, awaiting `next()` in case it is async. */
async function spread(b: Balancer, picks: number): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < picks; i++) {
    const name = String(await b.next());
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

/** The share each name should get. */
function expectedCounts(weights: Record<string, number>, picks: number): Record<string, number> {
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  return Object.fromEntries(Object.entries(weights).map(([name, w]) => [name, Math.round((picks * w) / total)]));
}

function withinTolerance(counts: Record<string, number>, expected: Record<string, number>, picks: number): boolean {
  const names = new Set([...Object.keys(counts), ...Object.keys(expected)]);
  return [...names].every((name) => Math.abs((counts[name] ?? 0) - (expected[name] ?? 0)) <= TOLERANCE * picks);
}

export const exercise: ExerciseDefinition = {
  id: 'weighted-balancing',
  topic: 'load-balancing',
  checklist: ['infra-load-balancer'],
  title: { 'pt-BR': 'Balanceamento na proporção dos pesos', en: 'Balancing in proportion to the weights' },
  hints: {
    'pt-BR': [
      'Com pesos 3/2/1, a cada 6 requisições o primeiro backend deveria receber 3.',
      'Uma saída simples: uma lista com cada nome repetido peso vezes, percorrida em round robin.',
      'A do nginx (smooth weighted round robin): cada backend soma o seu peso a um contador, o maior é escolhido e perde o total dos pesos.',
    ],
    en: [
      'With weights 3/2/1, out of every 6 requests the first backend should get 3.',
      'A simple way: a list with each name repeated weight times, walked in round robin.',
      'nginx’s way (smooth weighted round robin): each backend adds its weight to a counter, the largest is chosen and loses the total of the weights.',
    ],
  },
  exports: ['createBalancer'],
  checks: [
    {
      id: 'weighted-spread',
      title: { 'pt-BR': 'Cada backend na proporção do seu peso (±5%)', en: 'Each backend in proportion to its weight (±5%)' },
      hiddenCases: weightCases.length,
      async run(context) {
        for (const weights of weightCases) {
          const counts = await spread(balancer(context, weights), PICKS);
          const expected = expectedCounts(weights, PICKS);
          if (!withinTolerance(counts, expected, PICKS)) {
            return verdict(false, both(`${shown(weights)} → ${shown(expected)} ± ${TOLERANCE * PICKS}`), both(shown(counts)));
          }
        }
        return verdict(true, both(`${weightCases.length} ✓`), both(`${weightCases.length} ✓`));
      },
    },
    {
      id: 'independent-balancers',
      title: { 'pt-BR': 'Dois balanceadores não se misturam', en: 'Two balancers do not mix' },
      hiddenCases: 2,
      async run(context) {
        const first = balancer(context, { x: 1, y: 1 });
        const second = balancer(context, { p: 2, q: 1 });
        const counts: Record<string, number> = {};
        for (let i = 0; i < PICKS; i++) {
          for (const b of [first, second]) {
            const name = String(await b.next());
            counts[name] = (counts[name] ?? 0) + 1;
          }
        }
        const expected = { ...expectedCounts({ x: 1, y: 1 }, PICKS), ...expectedCounts({ p: 2, q: 1 }, PICKS) };
        return verdict(withinTolerance(counts, expected, PICKS), both(shown(expected)), both(shown(counts)));
      },
    },
  ],
};
