import { describe, expect, it } from 'vitest';
import { serviceLatencies, serviceRequestMs } from '~/data/latency-model';
import { backend4Outage } from '~/lab/http/services';
import { run } from '../../runner/support';

describe('backend4, the backend that fails and recovers', () => {
  it('answers /health and requests, fails every connection during its outage, and answers again after', async () => {
    const { logs, outcome } = await run(`
      import { sleep } from '@lab/clock';
      const seen = [];
      const probe = async (path) => {
        const t0 = performance.now();
        try {
          const r = await fetch('http://backend4:8000' + path);
          seen.push([Math.floor(t0), r.status, (await r.json()).status ?? null, performance.now() - t0]);
        } catch (e) {
          seen.push([Math.floor(t0), e.message, null, performance.now() - t0]);
        }
      };
      for (const at of [0, ${backend4Outage.fromMs - 1}, ${backend4Outage.fromMs}, ${backend4Outage.untilMs - 1}, ${backend4Outage.untilMs}]) {
        await sleep(at - performance.now());
        await probe('/health');
      }
      await probe('/');
      console.log(JSON.stringify(seen));
    `);
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    const up = serviceRequestMs(serviceLatencies.backend);
    const down = serviceLatencies.backend.networkMs;
    const rows = JSON.parse(logs[0]!) as [number, number | string, string | null, number][];
    expect(rows.map(([, status]) => status)).toEqual([200, 200, 'fetch failed', 'fetch failed', 200, 200]);
    expect(rows.map(([, , , ms]) => ms)).toEqual([up, up, down, down, up, up]);
    expect(rows[0]![2]).toBe('ok');
  });
});
