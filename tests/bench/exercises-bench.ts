/**
 * `npx tsx tests/bench/exercises-bench.ts`: for each exercise, the real time from Check to verdict
 * in Node (the reference solution, median of 10 warm runs) and the hidden cases its checks run.
 */
import { readFileSync } from 'node:fs';
import { nodeThreads } from '../../src/lab/cpu/node-threads';
import { checkProgram } from '../../src/exercises/run-checks';
import { exercises } from '../../src/exercises/registry';
import { realNow } from '../../src/lab/clock/macrotask';

const ROUNDS = 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log('exercise                 topic                         hidden cases   check → verdict (median of 10)');
for (const exercise of exercises) {
  const source = readFileSync(`playgrounds/exercises/${exercise.id}/solution.en.ts`, 'utf8');
  await checkProgram(source, exercise, { locale: 'en', cpu: nodeThreads });
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = realNow();
    const report = await checkProgram(source, exercise, { locale: 'en', cpu: nodeThreads });
    times.push(realNow() - start);
    if (!report.passed) throw new Error(`${exercise.id}: the reference solution failed`);
  }
  const hidden = exercise.checks.reduce((sum, c) => sum + c.hiddenCases, 0);
  console.log(`${exercise.id.padEnd(25)}${exercise.topic.padEnd(30)}${String(hidden).padStart(12)}   ${median(times).toFixed(1)} ms`);
}
process.exit(0);
