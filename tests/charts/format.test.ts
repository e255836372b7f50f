import { describe, expect, it } from 'vitest';
import { MICRO, formatDuration, splitDuration } from '~/charts/format-duration';

describe('durations', () => {
  it('uses the module’s micro sign, GREEK SMALL LETTER MU (U+03BC), not MICRO SIGN (U+00B5)', () => {
    expect(MICRO.codePointAt(0)).toBe(0x3bc);
    expect(splitDuration(150_000).unit).toBe('\u03bcs');
  });

  it('picks the largest unit that keeps the value at 1 or more', () => {
    expect(splitDuration(0.5)).toEqual({ value: 0.5, unit: 'ns' });
    expect(splitDuration(999)).toEqual({ value: 999, unit: 'ns' });
    expect(splitDuration(1_000)).toEqual({ value: 1, unit: 'μs' });
    expect(splitDuration(150_000)).toEqual({ value: 150, unit: 'μs' });
    expect(splitDuration(10_000_000)).toEqual({ value: 10, unit: 'ms' });
    expect(splitDuration(1e9)).toEqual({ value: 1, unit: 's' });
  });

  it('rounds before choosing the unit, so a hair under 1 μs reads "1 μs"', () => {
    expect(splitDuration(999.9999)).toEqual({ value: 1, unit: 'μs' });
  });

  it('writes a decimal comma in Portuguese and a decimal point in English', () => {
    expect(formatDuration(0.5, 'pt-BR')).toBe('0,5 ns');
    expect(formatDuration(0.5, 'en')).toBe('0.5 ns');
    expect(formatDuration(2_500_000, 'pt-BR')).toBe('2,5 ms');
    expect(formatDuration(2_500_000, 'en')).toBe('2.5 ms');
    expect(formatDuration(0.1, 'pt-BR')).toBe('0,1 ns');
  });

  it('prints whole values without decimals', () => {
    expect(formatDuration(150_000, 'pt-BR')).toBe('150 μs');
    expect(formatDuration(150_000_000, 'en')).toBe('150 ms');
    expect(formatDuration(1e9, 'en')).toBe('1 s');
  });

  it('refuses durations that are not positive numbers', () => {
    expect(() => formatDuration(0, 'en')).toThrow(/> 0/);
    expect(() => formatDuration(Number.NaN, 'en')).toThrow(RangeError);
  });
});
