/**
 * The Redis contract: one suite run against the lab's Redis and against a real redis-server
 * (through the real ioredis client), with the same expectations, plus randomized command
 * sequences whose replies, errors and TTLs must agree between the two.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { clientCases } from './contract/client';
import { hashCases } from './contract/hashes';
import { keyCases } from './contract/keys';
import { agree, runStep, sequenceArb, type Step } from './contract/sequences';
import { sortedSetCases } from './contract/sorted-sets';
import { stringCases } from './contract/strings';
import { labTarget, realTarget, type RedisTarget } from './contract/targets';
import { transactionCases } from './contract/transactions';

const targets: [string, () => RedisTarget][] = [
  ['lab', labTarget],
  ['redis-server', () => realTarget(inject('redisPort'))],
];

let realSent: RedisTarget['sent'] | undefined;
/** How many random command sequences to compare (more with REDIS_CONTRACT_RUNS for a longer soak). */
const randomRuns = Number(process.env.REDIS_CONTRACT_RUNS ?? 400);

for (const [name, make] of targets) {
  describe(`Redis contract on ${name}`, () => {
    let target: RedisTarget;
    beforeAll(() => {
      target = make();
      if (target.name === 'redis-server') realSent = target.sent;
    });
    beforeEach(async () => {
      await target.flush();
    });
    afterAll(async () => {
      await target.close();
    });
    const t = () => target;
    describe('strings', () => stringCases(t));
    describe('keys', () => keyCases(t));
    describe('hashes', () => hashCases(t));
    describe('sorted sets', () => sortedSetCases(t));
    describe('transactions and pipelines', () => transactionCases(t));
    describe('the ioredis client', () => clientCases(t));
  });
}

describe('randomized command sequences: lab and redis-server agree', () => {
  let lab: RedisTarget;
  let real: RedisTarget;
  let sequences = 0;
  beforeAll(() => {
    lab = labTarget();
    real = realTarget(inject('redisPort'));
  });
  afterAll(async () => {
    await real.close();
    const example = realSent ?? { commands: 0, names: new Set() };
    console.info(
      `[redis contract] example cases sent ${example.commands} commands (${example.names.size} distinct) to redis-server; ` +
        `randomized: ${sequences} sequences, ${real.sent.commands} commands (${real.sent.names.size} distinct)`,
    );
  });

  // Each of the random sequences' commands is a real round trip to redis-server: 400 sequences take
  // 0.5-1 s on a calm two-core machine. The timeout grows with REDIS_CONTRACT_RUNS, with room for a
  // loaded machine, without hiding a hang for minutes.
  it('every reply, error and TTL matches over random sequences', { timeout: Math.max(10_000, randomRuns * 25) }, async () => {
    await fc.assert(
      fc.asyncProperty(sequenceArb, async (steps: Step[]) => {
        sequences++;
        await lab.flush();
        await real.flush();
        // The lab's clock stands at the sequence's start; the real server's runs on from there.
        const start = Date.now();
        lab.setClock(start);
        for (const step of steps) {
          const [a, b] = [await runStep(lab.redis, step, BigInt(start)), await runStep(real.redis, step, BigInt(start))];
          if (!agree(step, a, b)) {
            expect({ step, lab: a }).toEqual({ step, lab: b });
          }
        }
      }),
      { numRuns: randomRuns },
    );
  });
});
