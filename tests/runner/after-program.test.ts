import { describe, expect, it } from 'vitest';
import { nodeThreads } from '~/lab/cpu/node-threads';
import { runProgram, type RunHost } from '~/runner/run-program';

const quiet: RunHost['console'] = { log() {}, info() {}, warn() {}, error() {}, debug() {}, table() {} };

function host(afterProgram: RunHost['afterProgram']): RunHost {
  return { console: quiet, report() {}, locale: 'en', cpu: nodeThreads, afterProgram };
}

describe('runProgram afterProgram', () => {
  it('gets the exports once the top level is done, and runs on the same virtual clock', async () => {
    const seen: unknown[] = [];
    const outcome = await runProgram(
      `
      import { sleep } from '@lab/clock';
      export const ready = 'yes';
      export async function wait(ms: number) { await sleep(ms); return performance.now(); }
      await sleep(10);
      `,
      'p.ts',
      host(async (exported, world) => {
        seen.push(exported['ready'], world.clock.nowMs());
        seen.push(await (exported['wait'] as (ms: number) => Promise<number>)(250));
      }),
    );
    expect(outcome.ok).toBe(true);
    expect(seen).toEqual(['yes', 10, 260]);
    expect(outcome.simulatedMs).toBe(260);
  });

  it('is not called when the program throws, and what it throws fails the run', async () => {
    let called = false;
    const thrown = await runProgram(
      `throw new Error('top');`,
      'p.ts',
      host(async () => {
        called = true;
      }),
    );
    expect(called).toBe(false);
    expect(thrown.error?.message).toContain('top');
    const failing = await runProgram(
      `export const x = 1;`,
      'p.ts',
      host(async () => {
        throw new Error('from the check');
      }),
    );
    expect(failing).toMatchObject({ ok: false, error: { phase: 'runtime' } });
    expect(failing.error?.message).toContain('from the check');
  });
});
