// The module's nginx upstream: three backends with weight 3/2/1. In
// the lab a backend of weight w runs w requests at a time (20 ms each)
// and queues the rest, so sending it too much shows up as latency.
import { sleep } from '@lab/clock';

const backends = [
  { url: 'http://backend1:8000', weight: 3 },
  { url: 'http://backend2:8000', weight: 2 },
  { url: 'http://backend3:8000', weight: 1 },
];
const active = backends.map(() => 0); // open connections, per backend
type Strategy = (clientIp: string) => number; // → index of a backend

// Round robin: each in turn, blind to how strong or busy they are.
const roundRobin = (): Strategy => {
  let next = 0;
  return () => next++ % backends.length;
};
// Weighted: nginx's smooth weighted round robin (a b a c b a ...).
const weighted = (): Strategy => {
  const score = backends.map(() => 0);
  const total = backends.reduce((sum, b) => sum + b.weight, 0);
  return () => {
    backends.forEach((b, i) => (score[i]! += b.weight));
    const best = score.indexOf(Math.max(...score));
    score[best]! -= total;
    return best;
  };
};
// least_conn with weights, as nginx does: fewest open connections per
// unit of weight (ties go to the first, the strongest here).
const leastConn = (): Strategy => () => {
  let best = 0;
  backends.forEach((b, i) => {
    if (active[i]! / b.weight < active[best]! / backends[best]!.weight) best = i;
  });
  return best;
};
// IP hash: the same client always lands on the same backend (sticky
// sessions). Like nginx, it hashes only an IPv4's first three octets (a
// whole office behind one /24 ends up on one server) and honours weights.
const ipHash = (): Strategy => (ip) => {
  const prefix = ip.split('.').slice(0, 3).join('.'); // the /24
  let h = 2166136261; // FNV-1a (nginx uses another hash, same idea)
  for (const ch of prefix) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  // Weights: the hash lands in one of 6 slots, 3 for backend1, 2 for 2, 1 for 3.
  let slot = h % backends.reduce((sum, b) => sum + b.weight, 0);
  let i = 0;
  while (slot >= backends[i]!.weight) slot -= backends[i++]!.weight;
  return i;
};

// 120 requests from 12 clients, 2 to 8 ms apart (about 200 req/s);
// capacity: 150 + 100 + 50 req/s. Same arrivals for every strategy.
// The 12 clients are in 12 different /24 ranges (198.51.100-111.x).
const clients = Array.from({ length: 12 }, (_, i) => `198.51.${100 + i}.7`);
// The same 12 clients behind a single /24 (one office, one VPN).
const oneOffice = Array.from({ length: 12 }, (_, i) => `203.0.113.${i * 20 + 7}`);
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function simulate(strategy: Strategy, clients: string[]) {
  const served = backends.map(() => 0);
  const seen = new Map(clients.map((ip) => [ip, new Set<string>()]));
  const clientsOf = backends.map(() => new Set<string>());
  const latencies: number[] = [];
  const requests: Promise<void>[] = [];
  let seed = 7;
  for (let n = 0; n < 120; n++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31; // deterministic "random"
    const ip = clients[(seed >>> 16) % clients.length]!;
    const i = strategy(ip);
    clientsOf[i]!.add(ip);
    const start = performance.now();
    active[i]!++;
    requests.push(
      fetch(backends[i]!.url).then(async (response) => {
        const { server } = (await response.json()) as { server: string };
        active[i]!--;
        served[i]!++;
        seen.get(ip)!.add(server);
        latencies.push(performance.now() - start);
      }),
    );
    await sleep(2 + ((seed >>> 8) % 7));
  }
  await Promise.all(requests);
  const sorted = latencies.sort((a, b) => a - b);
  const sticky = [...seen.values()].filter((s) => s.size === 1).length;
  return {
    backend1: served[0], backend2: served[1], backend3: served[2],
    'p50 ms': percentile(sorted, 50), 'p95 ms': percentile(sorted, 95),
    'sticky clients': `${sticky}/${clients.length}`,
    'clients per backend': clientsOf.map((c) => c.size).join('/'),
  };
}

const results: Record<string, object> = {};
const strategies = { roundRobin, weighted, leastConn, ipHash };
for (const [name, make] of Object.entries(strategies)) {
  results[name] = await simulate(make(), clients);
}
results['ipHash, one /24'] = await simulate(ipHash(), oneOffice);
console.table(results);
// Round robin overloads backend3 (1 worker gets a third of the load),
// its queue grows and p95 with it. Weights match the load to capacity;
// least_conn also reacts to slow requests. IP hash keeps each client
// on one server and splits the *clients* by weight (with 12 clients,
// only roughly 6/4/2). With everyone in one /24, they all go to a
// single backend, which queues: p95 rises.
