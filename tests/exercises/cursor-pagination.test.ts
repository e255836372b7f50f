import { describeExercise } from './support';

describeExercise('cursor-pagination', {
  startFails: ['page-rows-read'],
  otherSolutions: {
    'id > cursor, newest page computed from take': `
      import { db } from '@lab/db';
      export async function postsAfter(after: number | null, size: number) {
        const rows = await db.post.findMany({ where: { id: { gt: after ?? 0 } }, orderBy: { id: 'asc' }, take: size + 1 });
        const posts = rows.slice(0, size);
        return { posts, next: rows.length > size ? posts.at(-1).id : null };
      }`,
    'a page, then a one-row probe for the next': `
      import { db } from '@lab/db';
      export async function postsAfter(after: number | null, size: number) {
        const where = after === null ? {} : { id: { gt: after } };
        const posts = await db.post.findMany({ where, orderBy: { id: 'asc' }, take: size });
        const last = posts.at(-1);
        const more = last ? await db.post.findFirst({ where: { id: { gt: last.id } }, orderBy: { id: 'asc' } }) : null;
        return { posts, next: more ? last.id : null };
      }`,
  },
  cheats: {
    'hard-coded first pages': {
      failed: 'same-pages',
      source: `
        import { db } from '@lab/db';
        const first = await db.post.findMany({ orderBy: { id: 'asc' }, take: 5 });
        export async function postsAfter(after: number | null, size: number) {
          return { posts: first.slice(0, size), next: first[size - 1]?.id ?? null };
        }`,
    },
    'work skipped: an empty page': {
      failed: 'same-pages',
      source: `export async function postsAfter(after: number | null, size: number) { return { posts: [], next: null }; }`,
    },
    'Prisma cursor: empty after a deleted post': {
      failed: 'same-pages',
      source: `
        import { db } from '@lab/db';
        export async function postsAfter(after: number | null, size: number) {
          const rows = await db.post.findMany({ ...(after === null ? {} : { cursor: { id: after }, skip: 1 }), take: size + 1 });
          const posts = rows.slice(0, size);
          return { posts, next: rows.length > size ? posts.at(-1).id : null };
        }`,
    },
  },
});
