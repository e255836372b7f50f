/**
 * Figures for `@lab/load` (run with `npm run bench:load`): the median real time in Node of a
 * 10,000-request run (1,000 req/s for 10 virtual seconds, each request one Redis GET and a 5 ms
 * wait) through the same runner the playgrounds use, and the gzipped bytes the load module adds
 * to the Worker's bundle.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { nodeThreads } from '../../src/lab/cpu/node-threads';
import { runProgram, type RunHost } from '../../src/runner/run-program';

const root = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = 10;

async function gzipBytes(entry: string): Promise<number> {
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
  });
  return gzipSync(out.outputFiles[0]!.contents, { level: 9 }).byteLength;
}

const silent: RunHost = {
  console: { log() {}, info() {}, warn() {}, error() {}, debug() {}, table() {} },
  report() {},
  locale: 'en',
  cpu: nodeThreads,
};

const program = `
import { load } from '@lab/load';
import { sleep } from '@lab/clock';
import Redis from 'ioredis';
const redis = new Redis();
const r = await load(async (i) => { await redis.get('k' + (i % 100)); await sleep(5); }, { rate: 1000, duration: 10_000 });
if (r.completed !== 10_000) throw new Error('expected 10,000 completed, got ' + r.completed);
`;

const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const outcome = await runProgram(program, 'load.ts', silent);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  times.push(outcome.realMs);
}
times.sort((a, b) => a - b);
const median = (times[RUNS / 2 - 1]! + times[RUNS / 2]!) / 2;
const world = await gzipBytes("export { createLabWorld } from './src/lab/world';\n");
const load = await gzipBytes("export { loadPart } from './src/lab/load/module';\n");
console.log(
  `10,000-request load run, Node, median of ${RUNS}: ${median.toFixed(0)} ms (min ${times[0]!.toFixed(0)}, max ${times[RUNS - 1]!.toFixed(0)})`,
);
console.log(`@lab/load alone, minified + gzip: ${load} B; the whole lab world with it: ${world} B`);
