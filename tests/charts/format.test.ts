import { describe, expect, it } from 'vitest';
import { MICRO, formatDuration, splitDuration } from '~/charts/format-duration';
import { formatCompactCount, formatCount, formatCountRange } from '~/charts/format-count';

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

describe('counts', () => {
  it('groups thousands with the locale’s separator', () => {
    expect(formatCount(100_000, 'pt-BR')).toBe('100.000');
    expect(formatCount(100_000, 'en')).toBe('100,000');
  });

  it('shortens axis labels the locale’s way ("20 mil", "20K")', () => {
    expect(formatCompactCount(20_000, 'pt-BR')).toBe('20\u00a0mil');
    expect(formatCompactCount(20_000, 'en')).toBe('20K');
    expect(formatCompactCount(0, 'en')).toBe('0');
  });

  it('writes a closed range with an en dash and an open one with the caller’s words', () => {
    expect(formatCountRange(10_000, 20_000, 'pt-BR', (v) => `${v} ou mais`)).toBe('10.000\u201320.000');
    expect(formatCountRange(50_000, 100_000, 'en', (v) => `${v} or more`)).toBe('50,000\u2013100,000');
    expect(formatCountRange(100_000, null, 'pt-BR', (v) => `${v} ou mais`)).toBe('100.000 ou mais');
    expect(() => formatCountRange(20, 10, 'en', String)).toThrow(/min ≤ max/);
  });
});
