/** Checks of the N+1 exercise: the same users and posts as the seed holds, in at most two queries. */
import { exportedFunction, withQueries } from '../../../src/exercises/measure';
import { seedIndex } from '../../../src/exercises/seed-truth';
import type { CheckContext, ExerciseDefinition } from '../../../src/exercises/types';
import { both, sameData, shown, verdict } from '../../../src/exercises/verdict';

type Author = { id: number; name: string; posts: number[] };

/** Hidden cases: other ids, out of order, a missing id (5000), an empty list, a long list. */
const cases: readonly number[][] = [[3, 1, 2], [1999, 7, 42, 640], [5000, 12], [], Array.from({ length: 40 }, (_, i) => 101 + i)];

/** The answer the seed gives: users by id, without missing ones, each with its post ids. */
function expectedAuthors(ids: readonly number[]): Author[] {
  const { users, postsByUser } = seedIndex();
  return [...new Set(ids)]
    .sort((a, b) => a - b)
    .filter((id) => users.has(id))
    .map((id) => ({ id, name: String(users.get(id)!.name), posts: (postsByUser.get(id) ?? []).map((p) => p.id as number) }));
}

/** What the reader returned, in the same shape (post ids sorted; any other fields ignored). */
function returnedAuthors(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((u: { id?: unknown; name?: unknown; posts?: unknown }) => ({
    id: u?.id,
    name: u?.name,
    posts: Array.isArray(u?.posts) ? u.posts.map((p: { id?: unknown }) => Number(p?.id)).sort((a, b) => a - b) : u?.posts,
  }));
}

async function call(context: CheckContext, ids: number[]) {
  const authorsWithPosts = exportedFunction<[number[]], unknown>(context.exported, 'authorsWithPosts');
  const { value, queries } = await withQueries(context.lab, () => authorsWithPosts([...ids]));
  return { value: returnedAuthors(value), queries: queries.length };
}

export const exercise: ExerciseDefinition = {
  id: 'n-plus-one',
  topic: 'query-optimization',
  checklist: ['db-n-plus-one'],
  title: { 'pt-BR': 'Sem N+1: usuários e posts em uma ou duas queries', en: 'No N+1: users and posts in one or two queries' },
  hints: {
    'pt-BR': [
      'Cada volta do for espera uma query. O banco sabe buscar os posts de vários usuários de uma vez.',
      'findMany aceita include: { posts: true }, que traz os posts junto com os usuários.',
      'Outra saída: buscar os posts com where: { userId: { in: ids } } e agrupar por userId no código.',
    ],
    en: [
      'Each turn of the for loop waits for a query. The database can fetch several users’ posts at once.',
      'findMany takes include: { posts: true }, which brings the posts along with the users.',
      'Another way: fetch the posts with where: { userId: { in: ids } } and group them by userId in code.',
    ],
  },
  exports: ['authorsWithPosts'],
  checks: [
    {
      id: 'same-data',
      title: { 'pt-BR': 'Mesmos usuários e posts para outros ids', en: 'Same users and posts for other ids' },
      hiddenCases: cases.length,
      async run(context) {
        for (const ids of cases) {
          const { value } = await call(context, ids);
          const expected = expectedAuthors(ids);
          if (!sameData(value, expected)) {
            const asked = `authorsWithPosts(${shown(ids)})`;
            return verdict(false, both(`${asked} → ${shown(expected)}`), both(shown(value)));
          }
        }
        return verdict(true, both(`${cases.length} ✓`), both(`${cases.length} ✓`));
      },
    },
    {
      id: 'few-queries',
      title: { 'pt-BR': 'No máximo duas queries por chamada', en: 'At most two queries per call' },
      hiddenCases: cases.length,
      async run(context) {
        let most = 0;
        for (const ids of cases) most = Math.max(most, (await call(context, ids)).queries);
        const expected = { 'pt-BR': '≤ 2 queries (40 ids)', en: '≤ 2 queries (40 ids)' };
        return verdict(most <= 2, expected, { 'pt-BR': `${most} queries`, en: `${most} queries` });
      },
    },
  ],
};
