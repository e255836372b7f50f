import { describe, expect, it } from 'vitest';
import { optionGrammar, readOptions, splitLeadingOptions } from '~/lab/redis/options';
import { ReplyError } from '~/lab/redis/reply';
import { replyErrorOf } from './reply-error-of';

const int = (s: string) => {
  if (!/^-?\d+$/.test(s)) throw new ReplyError('ERR not a number');
  return Number(s);
};

const grammar = optionGrammar({
  words: {
    FAST: { group: 'speed' },
    SLOW: { group: 'speed' },
    ONCE: { once: true },
    LIMIT: { takes: 2, read: ([a, b]: string[]) => [int(a!), int(b!)] },
    A: {},
    B: {},
  },
  unknown: (word) => `ERR no option ${word}`,
  conflicts: [
    { oneOf: ['A', 'B'], error: 'ERR A and B' },
    { option: 'ONCE', notWith: ['FAST'], error: 'ERR ONCE with FAST' },
  ],
});

describe('option grammars', () => {
  it('read flags as true and valued words through their reader, the last repeat winning', () => {
    expect(readOptions(grammar, ['fast', 'Limit', '1', '2', 'LIMIT', '3', '4'])).toEqual({ FAST: true, LIMIT: [3, 4] });
    expect(readOptions(grammar, [])).toEqual({});
  });

  it('fold ASCII case only', () => {
    expect(readOptions(grammar, ['oNcE'])).toEqual({ ONCE: true });
    // The Kelvin sign folds to "k" in JavaScript but is no letter K to Redis.
    const kelvin = optionGrammar({ words: { KEEP: {} } });
    expect(replyErrorOf(() => readOptions(kelvin, ['\u212AEEP']))).toBe('ERR syntax error');
  });

  it('report the first mistake in argv order', () => {
    expect(replyErrorOf(() => readOptions(grammar, ['nope', 'LIMIT', 'x', '1']))).toBe('ERR no option nope');
    expect(replyErrorOf(() => readOptions(grammar, ['LIMIT', 'x', '1', 'nope']))).toBe('ERR not a number');
    expect(replyErrorOf(() => readOptions(grammar, ['LIMIT', '1']))).toBe('ERR syntax error');
    expect(replyErrorOf(() => readOptions(grammar, ['FAST', 'SLOW', 'nope']))).toBe('ERR syntax error');
    expect(replyErrorOf(() => readOptions(grammar, ['ONCE', 'ONCE']))).toBe('ERR syntax error');
  });

  it('allow a group member again, but not two members', () => {
    expect(readOptions(grammar, ['FAST', 'fast'])).toEqual({ FAST: true });
    expect(replyErrorOf(() => readOptions(grammar, ['SLOW', 'FAST']))).toBe('ERR syntax error');
  });

  it('check conflicts after reading everything, in the order declared', () => {
    expect(replyErrorOf(() => readOptions(grammar, ['A', 'ONCE', 'FAST', 'B']))).toBe('ERR A and B');
    expect(replyErrorOf(() => readOptions(grammar, ['FAST', 'ONCE']))).toBe('ERR ONCE with FAST');
    expect(readOptions(grammar, ['A', 'ONCE', 'SLOW'])).toEqual({ A: true, ONCE: true, SLOW: true });
  });

  it('split leading options from the positional arguments after them', () => {
    expect(splitLeadingOptions(grammar, ['a', 'FAST', '1', 'A'])).toEqual([
      ['a', 'FAST'],
      ['1', 'A'],
    ]);
    expect(splitLeadingOptions(grammar, ['A', 'B'])).toEqual([['A', 'B'], []]);
    expect(splitLeadingOptions(grammar, ['1'])).toEqual([[], ['1']]);
  });
});
