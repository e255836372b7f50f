import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIBRE_KM_PER_MS, MS, latencies, latency, source, sources, throughputDependsOn, throughputs } from '~/data/reference-numbers';
import { locales } from '~/i18n/locales';

/** The module's "Números de Referência" block, read from the fixture copy of the module. */
function moduleBlock(): { latency: [string, string][]; throughput: [string, string][] } {
  const text = readFileSync(new URL('../fixtures/modulo-05-performance-e-concorrencia.md', import.meta.url), 'utf8');
  const section = text.split('## 📊 Números de Referência')[1];
  if (!section) throw new Error('the module has no "Números de Referência" section');
  const block = section.split('```')[1]!;
  const [lat, thr] = block.split('Throughput esperado:');
  const items = (part: string) => [...part.matchAll(/^- (.+?):\s+(.+?)\s*$/gm)].map((m) => [m[1]!, m[2]!] as [string, string]);
  return { latency: items(lat!), throughput: items(thr!) };
}

const UNIT_NS: Record<string, number> = { ns: 1, μs: 1e3, ms: 1e6, s: 1e9 };

describe('reference-numbers data against the module', () => {
  const block = moduleBlock();

  it('finds the seven latencies and four throughputs the module lists', () => {
    expect(block.latency).toHaveLength(7);
    expect(block.throughput).toHaveLength(4);
  });

  it('has every latency row, in order, with the module’s label and exact figure', () => {
    expect(latencies.map((r) => [r.moduleLabel, r.moduleText])).toEqual(block.latency);
  });

  it('stores each latency in nanoseconds equal to the module’s printed figure', () => {
    for (const row of latencies) {
      const m = /^([\d.]+) (ns|μs|ms|s)$/.exec(row.moduleText);
      expect(m, row.moduleText).not.toBeNull();
      expect(row.ns).toBeCloseTo(Number(m![1]) * UNIT_NS[m![2]!]!, 9);
    }
  });

  it('has every throughput row, in order, with the module’s label and exact figure', () => {
    expect(throughputs.map((r) => [r.moduleLabel, r.moduleText])).toEqual(block.throughput);
  });

  it('stores each throughput range as the module prints it ("k" = 1000, "+" = no upper bound)', () => {
    for (const row of throughputs) {
      const m = /^(\d+)k(?:-(\d+)k|(\+)) (\S+)$/.exec(row.moduleText);
      expect(m, row.moduleText).not.toBeNull();
      expect(row.min).toBe(Number(m![1]) * 1000);
      expect(row.max).toBe(m![3] ? null : Number(m![2]) * 1000);
      expect(row.unit).toBe(m![4]);
    }
  });

  it('has unique ids', () => {
    expect(new Set(latencies.map((r) => r.id)).size).toBe(latencies.length);
    expect(new Set(throughputs.map((r) => r.id)).size).toBe(throughputs.length);
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
  });
});

describe('newer figures and the physical floor', () => {
  it('credits every newer figure to a listed source, repeating its name, year and link', () => {
    for (const row of latencies) {
      for (const f of row.newer) {
        const s = source(f.sourceId);
        expect(f.source).toBe(s.name);
        expect(f.year).toBe(s.year);
        expect(f.url).toBe(s.url);
        expect(f.ns).toBeGreaterThan(0);
      }
    }
  });

  it('derives the cross-datacenter floor from the speed of light in fibre', () => {
    const floor = latency('net-cross-dc').physicalFloor!;
    // There and back at 200 km/ms: 2 × 6000 km / 200 km/ms = 60 ms.
    expect(floor.ns).toBe(((2 * floor.distanceKm) / FIBRE_KM_PER_MS) * MS);
    expect(floor.ns).toBe(60 * MS);
    expect(floor.ns).toBeLessThan(latency('net-cross-dc').ns);
  });

  it('writes every label and note in both languages', () => {
    const texts = [
      ...latencies.flatMap((r) => [r.label, ...r.newer.map((f) => f.note), ...(r.physicalFloor ? [r.physicalFloor.note] : [])]),
      ...throughputs.map((r) => r.label),
      ...sources.map((s) => s.about),
      throughputDependsOn,
    ];
    for (const t of texts) for (const l of locales) expect(t[l].trim()).not.toBe('');
  });
});
