import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { connectionSetupMs, sameDcRoundTripMs } from '~/data/latency-model';

/** The sentence of the connection-pooling page that counts the set-up round trips, in each language. */
const pages = [
  ['content/docs/connection-pooling.mdx', /São umas? (\w+) (?:idas e voltas|round trips)/],
  ['content/docs/en/connection-pooling.mdx', /That is some (\w+) round trips/],
] as const;
const words: Record<string, number> = { seis: 6, six: 6, quatro: 4, four: 4, cinco: 5, five: 5 };

describe('the latency model and the pages that teach it', () => {
  it('charges a new connection the round trips the connection-pooling page counts (TCP, TLS, SCRAM)', () => {
    for (const [file, sentence] of pages) {
      const word = sentence.exec(readFileSync(file, 'utf8'))?.[1];
      expect(word, file).toBeDefined();
      expect(connectionSetupMs / sameDcRoundTripMs, file).toBeCloseTo(words[word!]!, 9);
    }
  });
});
