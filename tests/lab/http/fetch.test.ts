import { describe, expect, it } from 'vitest';
import { crossDcRoundTripMs, serviceLatencies, serviceRequestMs } from '~/data/latency-model';
import { run } from '../../runner/support';

describe('the lab fetch', () => {
  it('answers the module services with JSON after their modelled latency', async () => {
    const { outcome, logs } = await run(`
      const t0 = performance.now();
      const res = await fetch('https://api3.com/data');
      const body = await res.json();
      console.log(res.status, res.ok, res.headers.get('content-type'), body.source, body.items.length, performance.now() - t0);
    `);
    expect(outcome.ok).toBe(true);
    expect(logs).toEqual([`200 true application/json api3.com 3 ${serviceRequestMs(serviceLatencies['api3.com'])}`]);
  });

  it('gathering the three APIs costs the slowest; calling them in turn costs the sum', async () => {
    const all = ['api1.com', 'api2.com', 'api3.com'] as const;
    const gathered = await run(`await Promise.all(${JSON.stringify(all.map((h) => `https://${h}/data`))}.map((u) => fetch(u)));`);
    expect(gathered.outcome.simulatedMs).toBe(Math.max(...all.map((h) => serviceRequestMs(serviceLatencies[h]))));
    const serial = await run(`for (const u of ${JSON.stringify(all.map((h) => `https://${h}/data`))}) await fetch(u);`);
    expect(serial.outcome.simulatedMs).toBe(all.reduce((a, h) => a + serviceRequestMs(serviceLatencies[h]), 0));
  });

  it('has no network: another URL fails with the list of known hosts', async () => {
    const { outcome } = await run(`await fetch('https://example.org/');`);
    expect(outcome.error?.message).toMatch(
      /^TypeError: fetch failed for https:\/\/example\.org\/: the lab has no network; known hosts: https:\/\/api1\.com/,
    );
    const relative = await run(`await fetch('/api');`, 'pt-BR');
    expect(relative.outcome.error?.message).toBe(
      "TypeError: fetch falhou: URL inválida '/api' (use uma URL absoluta, como https://api1.com/data).",
    );
  });

  it('limited.example answers 429 with Retry-After past 5 requests a minute, and again after the window', async () => {
    const { logs } = await run(`
      const codes = [];
      for (let i = 0; i < 7; i++) codes.push((await fetch('https://limited.example/data')).status);
      const last = await fetch('https://limited.example/data');
      console.log(codes.join(' '), last.headers.get('retry-after'));
      await new Promise((r) => setTimeout(r, 60_000));
      console.log((await fetch('https://limited.example/data')).status);
    `);
    expect(logs[0]).toMatch(/^200 200 200 200 200 429 429 \d+$/);
    expect(logs[1]).toBe('200');
  });

  it('flaky.example fails on a fixed pattern: 503 every 3rd request, a reset every 5th', async () => {
    const { logs } = await run(`
      const seen = [];
      for (let i = 1; i <= 6; i++) {
        try { seen.push((await fetch('https://flaky.example/data')).status); } catch (e) { seen.push(e.message); }
      }
      console.log(seen.join(','));
    `);
    expect(logs).toEqual(['200,200,503,200,fetch failed,503']);
  });

  it('an AbortController on a virtual timer aborts a slow request', async () => {
    const { logs, outcome } = await run(`
      const c = new AbortController();
      setTimeout(() => c.abort(), 50);
      try { await fetch('https://api1.com/data', { signal: c.signal }); } catch (e) { console.log(e.name, performance.now()); }
    `);
    expect(outcome.ok).toBe(true);
    expect(logs).toEqual(['AbortError 50']);
  });

  it('the weighted backends queue requests beyond their workers (backend3 has one)', async () => {
    const { logs } = await run(`
      const rs = await Promise.all([1, 2, 3].map(() => fetch('http://backend3:8000/').then((r) => r.json())));
      console.log(rs.map((r) => r.queuedMs).join(','), performance.now());
    `);
    const work = serviceLatencies.backend.serviceMs;
    expect(logs).toEqual([`0,${work},${2 * work} ${3 * work + serviceLatencies.backend.networkMs}`]);
    expect(crossDcRoundTripMs).toBe(150);
  });
});
