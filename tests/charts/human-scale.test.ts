import { describe, expect, it } from 'vitest';
import { HUMAN_LANDMARKS, SECONDS_PER, formatHumanScale, formatHumanSeconds, humanSeconds, splitHumanDuration } from '~/charts/human-scale';
import { latency, MS, US } from '~/data/reference-numbers';

describe('human scale (×1e9: 1 ns becomes 1 s)', () => {
  it('turns n nanoseconds into n seconds', () => {
    expect(humanSeconds(1)).toBe(1);
    expect(humanSeconds(0.5)).toBe(0.5);
    expect(humanSeconds(150 * MS)).toBe(150_000_000);
  });

  it('uses calendar-sized units: a month is 1/12 of a 365.25-day year', () => {
    expect(SECONDS_PER.day).toBe(24 * 60 * 60);
    expect(SECONDS_PER.year).toBe(365.25 * 86_400);
    expect(SECONDS_PER.month * 12).toBe(SECONDS_PER.year);
  });

  it('reads each module latency the way the reference notes describe it', () => {
    // RAM: 100 s, "under two minutes".
    const ram = splitHumanDuration(humanSeconds(latency('ram').ns));
    expect(ram.unit).toBe('minute');
    expect(ram.value).toBeLessThan(2);
    // SSD: 150 000 s / 86 400 ≈ 1.74 days.
    const ssd = splitHumanDuration(humanSeconds(latency('ssd').ns));
    expect(ssd.unit).toBe('day');
    expect(ssd.value).toBeCloseTo(150_000 / 86_400, 9);
    // Same datacenter: 500 000 s ≈ 5.8 days, "about 6 days".
    const dc = splitHumanDuration(humanSeconds(latency('net-same-dc').ns));
    expect(dc.unit).toBe('day');
    expect(Math.round(dc.value)).toBe(6);
    // HDD: 1e7 s ≈ 115.7 days ≈ 3.8 months, "about 4 months".
    const hdd = splitHumanDuration(humanSeconds(latency('hdd').ns));
    expect(hdd.unit).toBe('month');
    expect(Math.round(hdd.value)).toBe(4);
    // Cross-datacenter: 1.5e8 s ≈ 4.75 years, "almost 5 years".
    const cross = splitHumanDuration(humanSeconds(latency('net-cross-dc').ns));
    expect(cross.unit).toBe('year');
    expect(cross.value).toBeGreaterThan(4.5);
    expect(cross.value).toBeLessThan(5);
  });

  it('formats with the locale’s words, plurals and decimal mark', () => {
    expect(formatHumanScale(latency('l1').ns, 'pt-BR')).toBe('0,5 segundo');
    expect(formatHumanScale(latency('l1').ns, 'en')).toBe('0.5 seconds');
    expect(formatHumanScale(latency('l2').ns, 'pt-BR')).toBe('7 segundos');
    expect(formatHumanScale(latency('ram').ns, 'pt-BR')).toBe('1,7 minuto');
    expect(formatHumanScale(latency('ssd').ns, 'pt-BR')).toBe('1,7 dia');
    expect(formatHumanScale(latency('ssd').ns, 'en')).toBe('1.7 days');
    expect(formatHumanScale(latency('net-same-dc').ns, 'pt-BR')).toBe('5,8 dias');
    expect(formatHumanScale(latency('hdd').ns, 'pt-BR')).toBe('3,8 meses');
    expect(formatHumanScale(latency('net-cross-dc').ns, 'pt-BR')).toBe('4,8 anos');
    expect(formatHumanScale(latency('net-cross-dc').ns, 'en')).toBe('4.8 years');
  });

  it('drops the decimal once a value reaches ten', () => {
    expect(formatHumanSeconds(45, 'en')).toBe('45 seconds');
    expect(formatHumanScale(150 * US * 10, 'en')).toBe('17 days');
  });

  it('has landmarks from a second to ten years, in the locale', () => {
    expect(HUMAN_LANDMARKS.map((s) => formatHumanSeconds(s, 'pt-BR'))).toEqual([
      '1 segundo',
      '1 minuto',
      '1 hora',
      '1 dia',
      '1 mês',
      '1 ano',
      '10 anos',
    ]);
    expect(HUMAN_LANDMARKS.map((s) => formatHumanSeconds(s, 'en')).at(-1)).toBe('10 years');
  });

  it('refuses non-positive latencies', () => {
    expect(() => humanSeconds(0)).toThrow(/> 0/);
    expect(() => splitHumanDuration(-1)).toThrow(RangeError);
  });
});
