/** Checks of the cursor exercise: the same pages as the seed gives, each read in about a page of rows. */
import { exportedFunction, withQueries } from '../../../src/exercises/measure';
import { seedIndex } from '../../../src/exercises/seed-truth';
import type { CheckContext, ExerciseDefinition } from '../../../src/exercises/types';
import { both, sameData, shown, verdict } from '../../../src/exercises/verdict';

/** The post the check deletes before asking for pages around it. */
const DELETED = 12_000;

/** Hidden cases: first page, middle, the end (short, exact and empty pages), around a deleted post. */
const pageCases: readonly [number | null, number][] = [
  [null, 5],
  [9_000, 20],
  [19_990, 20],
  [19_980, 20],
  [20_000, 10],
  [11_998, 3],
  [DELETED, 3],
];

/** Deep pages whose rows read are counted. */
const deepCases: readonly [number | null, number][] = [
  [19_000, 20],
  [15_000, 50],
  [null, 20],
];

function expectedPage(after: number | null, size: number, deleted: ReadonlySet<number>) {
  const ids = seedIndex()
    .posts.map((p) => p.id as number)
    .filter((id) => !deleted.has(id) && (after === null || id > after));
  const posts = ids.slice(0, size);
  return { posts, next: ids.length > size ? posts[posts.length - 1]! : null };
}

function returnedPage(value: unknown): unknown {
  const page = value as { posts?: unknown; next?: unknown } | null;
  if (!page || !Array.isArray(page.posts)) return value;
  return { posts: page.posts.map((p: { id?: unknown }) => p?.id), next: page.next ?? null };
}

function call(context: CheckContext, after: number | null, size: number) {
  const postsAfter = exportedFunction<[number | null, number], unknown>(context.exported, 'postsAfter');
  return withQueries(context.lab, () => postsAfter(after, size));
}

export const exercise: ExerciseDefinition = {
  id: 'cursor-pagination',
  topic: 'query-optimization',
  checklist: ['db-cursor-pagination'],
  title: { 'pt-BR': 'De OFFSET para cursor', en: 'From OFFSET to a cursor' },
  hints: {
    'pt-BR': [
      'O count e o skip obrigam o banco a percorrer todas as linhas antes da página.',
      'Os ids são ordenados e indexados: a página seguinte começa no primeiro id maior que o cursor.',
      'where: { id: { gt: after } } funciona mesmo quando o post do cursor foi apagado; cursor: { id } não.',
    ],
    en: [
      'The count and the skip make the database walk every row before the page.',
      'Ids are ordered and indexed: the next page starts at the first id greater than the cursor.',
      'where: { id: { gt: after } } works even when the cursor’s post was deleted; cursor: { id } does not.',
    ],
  },
  exports: ['postsAfter'],
  checks: [
    {
      id: 'same-pages',
      title: { 'pt-BR': 'As mesmas páginas, até depois de um post apagado', en: 'The same pages, even after a deleted post' },
      hiddenCases: pageCases.length,
      async run(context) {
        await context.lab.db().db.post.delete({ where: { id: DELETED } });
        const deleted = new Set([DELETED]);
        for (const [after, size] of pageCases) {
          const { value } = await call(context, after, size);
          const expected = expectedPage(after, size, deleted);
          if (!sameData(returnedPage(value), expected)) {
            return verdict(false, both(`postsAfter(${after}, ${size}) → ${shown(expected)}`), both(shown(returnedPage(value))));
          }
        }
        return verdict(true, both(`${pageCases.length} ✓`), both(`${pageCases.length} ✓`));
      },
    },
    {
      id: 'page-rows-read',
      title: { 'pt-BR': 'Cada página lê no máximo duas páginas de linhas', en: 'Each page reads at most two pages of rows' },
      hiddenCases: deepCases.length,
      async run(context) {
        for (const [after, size] of deepCases) {
          const { queries } = await call(context, after, size);
          const read = queries.reduce((sum, e) => sum + e.rowsRead, 0);
          const limit = 2 * size + 2;
          if (read > limit || queries.length === 0) {
            const expected = { 'pt-BR': `postsAfter(${after}, ${size}): ≤ ${limit} linhas lidas`, en: `postsAfter(${after}, ${size}): ≤ ${limit} rows read` };
            return verdict(false, expected, { 'pt-BR': `${read} linhas lidas`, en: `${read} rows read` });
          }
        }
        return verdict(true, { 'pt-BR': '≤ 2 × size + 2 linhas', en: '≤ 2 × size + 2 rows' }, both(`${deepCases.length} ✓`));
      },
    },
  ],
};
