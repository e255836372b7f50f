import { describeExercise } from './support';

const id = 'n-plus-one';

/** Other correct answers: a second query grouped in code, and the two-query include strategy. */
const otherSolutions = {
  'posts by IN, grouped in code': `
    import { db } from '@lab/db';
    export async function authorsWithPosts(ids: number[]) {
      const users = await db.user.findMany({ where: { id: { in: ids } } });
      const posts = await db.post.findMany({ where: { userId: { in: ids } } });
      return users.map((u) => ({ ...u, posts: posts.filter((p) => p.userId === u.id) }));
    }`,
  'include with the query strategy (selectinload)': `
    import { db } from '@lab/db';
    export const authorsWithPosts = (ids: number[]) =>
      db.user.findMany({ where: { id: { in: ids } }, include: { posts: true }, relationLoadStrategy: 'query' });`,
};

/** Ways to look done without doing it; each must fail the named check. */
const cheats = {
  'hard-coded answer for the sample ids': {
    failed: 'same-data',
    source: `
      import { db } from '@lab/db';
      const sample = await db.user.findMany({ where: { id: { in: [1, 2, 3] } }, include: { posts: true } });
      export async function authorsWithPosts(ids: number[]) { return sample; }`,
  },
  'work skipped: users without their posts': {
    failed: 'same-data',
    source: `
      import { db } from '@lab/db';
      export async function authorsWithPosts(ids: number[]) {
        return (await db.user.findMany({ where: { id: { in: ids } } })).map((u) => ({ ...u, posts: [] }));
      }`,
  },
  'printing the success line': {
    failed: 'few-queries',
    source: `
      import { db } from '@lab/db';
      export async function authorsWithPosts(ids: number[]) {
        const users = await db.user.findMany({ where: { id: { in: ids } } });
        await Promise.all(users.map(async (u) => { u.posts = await db.post.findMany({ where: { userId: u.id } }); }));
        return users;
      }
      console.log('1 query ✓');`,
  },
};

describeExercise(id, { startFails: ['few-queries'], otherSolutions, cheats });
