import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Row } from './schema';

/** Seed sizes: enough rows that a full scan visibly costs more than an index lookup. */
export const SEED_USERS = 2_000;
export const SEED_POSTS = 20_000;

const firstNames = [
  'Ana',
  'Bruno',
  'Carla',
  'Diego',
  'Elisa',
  'Felipe',
  'Gabriela',
  'Hugo',
  'Isabel',
  'Joao',
  'Karen',
  'Lucas',
  'Marina',
  'Nuno',
  'Olivia',
  'Pedro',
  'Rita',
  'Samuel',
  'Tatiana',
  'Vitor',
];
const lastNames = [
  'Almeida',
  'Barros',
  'Costa',
  'Dias',
  'Esteves',
  'Ferreira',
  'Gomes',
  'Lima',
  'Moura',
  'Nunes',
  'Oliveira',
  'Pereira',
  'Ramos',
  'Santos',
  'Teixeira',
  'Vieira',
];
const countries = ['BR', 'BR', 'BR', 'PT', 'US', 'DE', 'IN', 'JP', 'MX', 'AR'];
const topics = ['caching', 'indexes', 'async', 'pooling', 'profiling', 'rate limits', 'load balancing', 'benchmarks', 'queues', 'threads'];

/**
 * The seed rows, in id order, from a seeded generator so every run (and the PostgreSQL tests) sees
 * the same data. ASCII only, so text ordering is the same in every collation.
 */
export function seedRows(): { users: Row[]; posts: Row[] } {
  const rng = xoroshiro128plus(20_260_105);
  const rand = () => uniformFloat64(rng);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const users: Row[] = [];
  for (let id = 1; id <= SEED_USERS; id++) {
    const first = pick(firstNames);
    const last = pick(lastNames);
    users.push({ id, name: `${first} ${last}`, email: `${first}.${last}.${id}@example.com`.toLowerCase(), country: pick(countries) });
  }
  const posts: Row[] = [];
  for (let id = 1; id <= SEED_POSTS; id++) {
    const r = rand();
    posts.push({
      id,
      userId: 1 + Math.floor(rand() * SEED_USERS),
      title: `${pick(topics)} notes #${id}`,
      likes: Math.floor(r * r * 1000),
      published: rand() < 0.8,
    });
  }
  return { users, posts };
}
