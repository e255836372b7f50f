/**
 * Figures for the lab (run with `npx tsx tests/bench/lab-bench.ts`): the gzipped size of the lab
 * as a browser Worker loads it (the runner, the lab and the locked-down CPU threads the Worker
 * ships), and the median time in Node to run a 100-command Redis program and a 100-query database
 * program through the same runner the playgrounds use, with the run's trace recorded (as always)
 * and without (the cost of recording: median of 20 each, runs interleaved so drift hits both).
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { nodeThreads } from '../../src/lab/cpu/node-threads';
import { runProgram, type RunHost } from '../../src/runner/run-program';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function bundleBytes(external: string[]): Promise<{ raw: number; gzip: number }> {
  const out = await build({
    stdin: {
      contents:
        "export { runProgram } from './src/runner/run-program';\nexport { lockedBrowserThreads } from './src/runner/worker/locked-threads';\n",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    external,
  });
  const code = out.outputFiles[0]!.contents;
  return { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

const silent: RunHost = {
  console: { log() {}, info() {}, warn() {}, error() {}, debug() {}, table() {} },
  report() {},
  locale: 'en',
  cpu: nodeThreads,
};

const redisProgram = `
import Redis from 'ioredis';
const redis = new Redis();
for (let i = 0; i < 50; i++) {
  await redis.set('user:' + i, JSON.stringify({ id: i }), 'EX', 3600);
  await redis.get('user:' + i);
}
`;

const dbProgram = `
import { db } from '@lab/db';
for (let i = 1; i <= 100; i++) await db.user.findUnique({ where: { id: i } });
`;

async function timeRuns(source: string, runs: number): Promise<{ cold: number; median: number; simulatedMs: number }> {
  const times: number[] = [];
  let simulatedMs = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const outcome = await runProgram(source, 'bench.ts', silent);
    times.push(performance.now() - t0);
    if (!outcome.ok) throw new Error(outcome.error?.message);
    simulatedMs = outcome.simulatedMs;
  }
  const cold = times[0]!;
  const warm = times.slice(1).sort((a, b) => a - b);
  return { cold, median: warm[Math.floor(warm.length / 2)]!, simulatedMs };
}

const untraced: RunHost = { ...silent, trace: false };

interface Cost {
  wallMs: number;
  cpuMs: number;
}

/**
 * Median wall and CPU time of `runs` runs with the trace recorded and `runs` without, alternating
 * after a warm-up. CPU time (this process's user + system) is the steadier figure on a shared
 * machine: wall time also counts the real macrotask the runner waits for between timers.
 */
async function traceCost(source: string, runs: number): Promise<{ traced: Cost; untraced: Cost }> {
  const samples = { traced: [] as Cost[], untraced: [] as Cost[] };
  for (let i = 0; i < 10; i++) {
    await runProgram(source, 'warm-up.ts', silent);
    await runProgram(source, 'warm-up.ts', untraced);
  }
  for (let i = 0; i < runs; i++) {
    for (const [key, host] of [
      ['traced', silent],
      ['untraced', untraced],
    ] as const) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const outcome = await runProgram(source, 'bench.ts', host);
      const cpu = process.cpuUsage(c0);
      samples[key].push({ wallMs: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 });
      if (!outcome.ok) throw new Error(outcome.error?.message);
    }
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const of = (list: Cost[]): Cost => ({ wallMs: median(list.map((c) => c.wallMs)), cpuMs: median(list.map((c) => c.cpuMs)) });
  return { traced: of(samples.traced), untraced: of(samples.untraced) };
}

const all = await bundleBytes([]);
const labOnly = await bundleBytes(['sucrase']);
console.log(`browser bundle (runner + lab + sucrase): ${all.raw} bytes, ${all.gzip} bytes gzipped`);
console.log(`browser bundle without sucrase:          ${labOnly.raw} bytes, ${labOnly.gzip} bytes gzipped`);
for (const [name, source] of [
  ['100-command Redis program', redisProgram],
  ['100-query database program', dbProgram],
] as const) {
  const r = await timeRuns(source, 21);
  console.log(
    `${name}: median ${r.median.toFixed(1)} ms over 20 warm runs (first run ${r.cold.toFixed(1)} ms); simulated ${r.simulatedMs} ms`,
  );
}
for (const [name, source] of [
  ['100-command Redis program', redisProgram],
  ['100-query database program', dbProgram],
] as const) {
  const { traced, untraced: bare } = await traceCost(source, 20);
  const pct = (a: number, b: number) => `${a >= b ? '+' : ''}${(((a - b) / b) * 100).toFixed(1)}%`;
  console.log(
    `${name}, trace recorded vs not (median of 20 each): CPU ${traced.cpuMs.toFixed(2)} vs ${bare.cpuMs.toFixed(2)} ms (${pct(traced.cpuMs, bare.cpuMs)}), wall ${traced.wallMs.toFixed(2)} vs ${bare.wallMs.toFixed(2)} ms (${pct(traced.wallMs, bare.wallMs)})`,
  );
}
