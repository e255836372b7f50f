import { describe, expect, it } from 'vitest';
import { describeThrown } from '~/runner/describe-thrown';

describe('describeThrown', () => {
  it('gives an error as "Name: message" and anything else as Node inspects it', () => {
    expect(describeThrown(new RangeError('too far'))).toBe('RangeError: too far');
    expect(describeThrown({ code: 42 })).toBe('{ code: 42 }');
    expect(describeThrown('boom')).toBe("'boom'");
    expect(describeThrown(undefined)).toBe('undefined');
  });

  it('never throws, even for a value whose every part throws', () => {
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf: () => {
          throw new Error('trap');
        },
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    expect(describeThrown(hostile)).toBe('unknown value');
    const badName = Object.defineProperty(new Error('x'), 'name', {
      get: () => {
        throw new Error('getter');
      },
    });
    expect(describeThrown(badName)).toBe('unknown value');
  });
});
