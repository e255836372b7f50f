// O upstream nginx do módulo: três backends com peso 3/2/1. No
// laboratório um backend de peso w atende w requisições por vez (20 ms
// cada) e enfileira o resto: mandar demais para ele vira latência.
import { sleep } from '@lab/clock';

const backends = [
  { url: 'http://backend1:8000', weight: 3 },
  { url: 'http://backend2:8000', weight: 2 },
  { url: 'http://backend3:8000', weight: 1 },
];
const active = backends.map(() => 0); // conexões abertas, por backend
type Strategy = (clientIp: string) => number; // → índice de um backend

// Round robin: um de cada vez, cego para a força e a carga de cada um.
const roundRobin = (): Strategy => {
  let next = 0;
  return () => next++ % backends.length;
};
// Weighted: o round robin ponderado suave do nginx (a b a c b a ...).
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
// least_conn com pesos, como o nginx faz: menos conexões abertas por
// unidade de peso (no empate vence o primeiro, aqui o mais forte).
const leastConn = (): Strategy => () => {
  let best = 0;
  backends.forEach((b, i) => {
    if (active[i]! / b.weight < active[best]! / backends[best]!.weight) best = i;
  });
  return best;
};
// IP hash: o mesmo cliente sempre cai no mesmo backend (sticky
// sessions). Como o nginx, usa só os três primeiros octetos do IPv4 (um
// escritório inteiro atrás de um /24 vai para um servidor só) e os pesos.
const ipHash = (): Strategy => (ip) => {
  const prefix = ip.split('.').slice(0, 3).join('.'); // o /24
  let h = 2166136261; // FNV-1a (o nginx usa outro hash, com a mesma ideia)
  for (const ch of prefix) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  // Pesos: o hash cai numa de 6 fatias, 3 do backend1, 2 do 2, 1 do 3.
  let slot = h % backends.reduce((sum, b) => sum + b.weight, 0);
  let i = 0;
  while (slot >= backends[i]!.weight) slot -= backends[i++]!.weight;
  return i;
};

// 120 requisições de 12 clientes, com 2 a 8 ms entre elas (~200 req/s);
// capacidade: 150 + 100 + 50 req/s. Mesmas chegadas em toda estratégia.
// Os 12 clientes estão em 12 faixas /24 diferentes (198.51.100-111.x).
const clients = Array.from({ length: 12 }, (_, i) => `198.51.${100 + i}.7`);
// Os mesmos 12 clientes atrás de um só /24 (um escritório, uma VPN).
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
    seed = (seed * 1103515245 + 12345) % 2 ** 31; // "aleatório" determinístico
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
    'clientes fixos': `${sticky}/${clients.length}`,
    'clientes por backend': clientsOf.map((c) => c.size).join('/'),
  };
}

const results: Record<string, object> = {};
const strategies = { roundRobin, weighted, leastConn, ipHash };
for (const [name, make] of Object.entries(strategies)) {
  results[name] = await simulate(make(), clients);
}
results['ipHash, um /24'] = await simulate(ipHash(), oneOffice);
console.table(results);
// O round robin sobrecarrega o backend3 (1 worker recebe um terço da
// carga): a fila cresce e o p95 junto. Os pesos casam carga e
// capacidade; o least_conn ainda reage a requisições lentas. O IP hash
// prende cada cliente a um servidor e divide os *clientes* pelos pesos
// (com 12 clientes, só aproximadamente 6/4/2). Com todos no mesmo /24,
// todos vão para um backend só, que enfileira: o p95 sobe.
