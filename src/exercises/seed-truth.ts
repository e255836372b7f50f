/**
 * The rows every lab database starts with, read from the seed rather than through the database,
 * so working out a check's expected answer adds nothing to the query log the check reads.
 */
import type { Row } from '../lab/db/schema';
import { seedRows } from '../lab/db/seed';

interface SeedIndex {
  users: ReadonlyMap<number, Row>;
  postsByUser: ReadonlyMap<number, readonly Row[]>;
  posts: readonly Row[];
}

let index: SeedIndex | undefined;

/** The seed's users by id and posts by author (built once: the seed is the same every run). */
export function seedIndex(): SeedIndex {
  if (index) return index;
  const { users, posts } = seedRows();
  const postsByUser = new Map<number, Row[]>();
  for (const post of posts) {
    const userId = post.userId as number;
    postsByUser.set(userId, [...(postsByUser.get(userId) ?? []), post]);
  }
  index = { users: new Map(users.map((u) => [u.id as number, u])), postsByUser, posts };
  return index;
}
