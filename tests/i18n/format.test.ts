import { describe, expect, it } from 'vitest';
import { formatCompactCount, formatCount, formatCountOf, formatCountRange, formatMs, formatMsFigure } from '~/i18n/format';

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

  it('name one thing in the singular and zero or many in the plural, with grouped digits', () => {
    expect(formatCountOf(1, 'pt-BR', 'conexão', 'conexões')).toBe('1 conexão');
    expect(formatCountOf(0, 'pt-BR', 'conexão', 'conexões')).toBe('0 conexões');
    expect(formatCountOf(800_302, 'pt-BR', 'linha lida', 'linhas lidas')).toBe('800.302 linhas lidas');
    expect(formatCountOf(800_302, 'en', 'row read', 'rows read')).toBe('800,302 rows read');
  });
});

describe('milliseconds', () => {
  it('format durations for the page as its language writes numbers, one decimal below 10 ms', () => {
    expect(formatMs(60_000, 'en')).toBe('60,000 ms');
    expect(formatMs(60_000, 'pt-BR')).toBe('60.000 ms');
    expect(formatMs(6.25, 'en')).toBe('6.3 ms');
    expect(formatMs(6.25, 'pt-BR')).toBe('6,3 ms');
    expect(formatCount(1000, 'pt-BR')).toBe('1.000');
  });

  it('keep up to three decimals in lab reports, where sub-millisecond round trips matter', () => {
    expect(formatMsFigure(0.501, 'pt-BR')).toBe('0,501');
    expect(formatMsFigure(0.501, 'en')).toBe('0.501');
    expect(formatMsFigure(1234.56789, 'en')).toBe('1,234.568');
    expect(formatMsFigure(52, 'pt-BR')).toBe('52');
  });
});
