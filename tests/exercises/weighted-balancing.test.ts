import { describeExercise } from './support';

describeExercise('weighted-balancing', {
  startFails: ['weighted-spread', 'independent-balancers'],
  otherSolutions: {
    'a list with each name repeated weight times': `
      export function createBalancer(weights: Record<string, number>) {
        const ring = Object.entries(weights).flatMap(([name, w]) => Array(w).fill(name));
        let i = 0;
        return { next: () => ring[i++ % ring.length] };
      }`,
    'a random pick by weight': `
      export function createBalancer(weights: Record<string, number>) {
        const entries = Object.entries(weights);
        const total = entries.reduce((sum, [, w]) => sum + w, 0);
        return {
          next() {
            let r = Math.random() * total;
            for (const [name, w] of entries) if ((r -= w) < 0) return name;
            return entries[entries.length - 1][0];
          },
        };
      }`,
  },
  cheats: {
    'the 3/2/1 sequence hard-coded': {
      failed: 'weighted-spread',
      source: `
        const order = ['backend1', 'backend2', 'backend1', 'backend3', 'backend1', 'backend2'];
        export function createBalancer() { let i = 0; return { next: () => order[i++ % 6] }; }`,
    },
    'work skipped: always the heaviest': {
      failed: 'weighted-spread',
      source: `
        export function createBalancer(weights: Record<string, number>) {
          const heaviest = Object.entries(weights).sort((a, b) => b[1] - a[1])[0][0];
          return { next: () => heaviest };
        }`,
    },
    'one shared counter for every balancer': {
      failed: 'independent-balancers',
      source: `
        let turn = 0;
        export function createBalancer(weights: Record<string, number>) {
          const ring = Object.entries(weights).flatMap(([name, w]) => Array(w).fill(name));
          return { next: () => ring[turn++ % ring.length] };
        }`,
    },
  },
});
