import { describeExercise } from './support';

describeExercise('concurrent-apis', {
  startFails: ['concurrent', 'failure-isolated', 'timeout'],
  otherSolutions: {
    'Promise.allSettled with an AbortController per call': `
      export async function dashboard(urls: string[], timeoutMs: number) {
        const settled = await Promise.allSettled(
          urls.map(async (url) => {
            const controller = new AbortController();
            const timer = setTimeout(() => controller.abort(), timeoutMs);
            try {
              return await (await fetch(url, { signal: controller.signal })).json();
            } finally {
              clearTimeout(timer);
            }
          }),
        );
        return settled.map((s) => (s.status === 'fulfilled' ? s.value : null));
      }`,
    'a race against a timer per call': `
      import { sleep } from '@lab/clock';
      const orNull = (url: string, ms: number) =>
        Promise.race([fetch(url).then((r) => r.json()).catch(() => null), sleep(ms).then(() => null)]);
      export const dashboard = (urls: string[], ms: number) => Promise.all(urls.map((u) => orNull(u, ms)));`,
  },
  cheats: {
    'hard-coded answers': {
      failed: 'right-answers',
      source: `
        export async function dashboard(urls: string[]) {
          return [{ source: 'api1.com' }, { source: 'api2.com' }, { source: 'api3.com' }];
        }`,
    },
    'work skipped: everything null at once': {
      failed: 'right-answers',
      source: `export async function dashboard(urls: string[]) { return urls.map(() => null); }`,
    },
    'concurrent but no timeout': {
      failed: 'timeout',
      source: `
        export const dashboard = (urls: string[]) =>
          Promise.all(urls.map((u) => fetch(u).then((r) => r.json()).catch(() => null)));`,
    },
  },
});
