import { describe, expect, it } from 'vitest';
import { checklist } from '../../src/data/checklist';
import { latencies, throughputs } from '../../src/data/reference-numbers';
import { moduleChecklist, moduleReferenceRows } from '../support/module-fixture';

describe('the data modules hold the module exactly as written', () => {
  it('checklist: same groups, same items, same order', () => {
    const fromModule = moduleChecklist();
    expect(fromModule.map((g) => g.group)).toEqual(['Database:', 'Caching:', 'API:', 'Infrastructure:']);
    expect(checklist.map((g) => ({ group: g.moduleTitle, items: g.items.map((i) => i.moduleText) }))).toEqual(fromModule);
  });

  it('checklist: Portuguese text is the module text and every item has English text', () => {
    for (const item of checklist.flatMap((g) => g.items)) {
      expect(item.text['pt-BR']).toBe(item.moduleText);
      expect(item.text.en.trim()).not.toBe('');
    }
  });

  it('checklist: ids are unique', () => {
    const ids = checklist.flatMap((g) => g.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reference numbers: every latency and throughput row, as printed', () => {
    const rows = moduleReferenceRows();
    expect(rows).toHaveLength(latencies.length + throughputs.length);
    expect([...latencies, ...throughputs].map((r) => ({ label: r.moduleLabel, value: r.moduleText }))).toEqual(rows);
  });

  it('reference numbers: nanosecond values agree with the printed figures', () => {
    const unit = { ns: 1, μs: 1e3, ms: 1e6 } as const;
    for (const row of latencies) {
      const [value, u] = row.moduleText.split(' ') as [string, keyof typeof unit];
      expect(row.ns).toBeCloseTo(Number(value) * unit[u], 6);
    }
  });
});
