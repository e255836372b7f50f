// CDN: um cache de borda perto do usuário na frente de uma origem em
// outra região. Da borda ao usuário: um round trip no mesmo datacenter;
// da borda à origem: um round trip entre datacenters.
import { sleep } from '@lab/clock';
import { network } from '@lab/http';

const ORIGIN = 'https://catalog.example';

interface Cached {
  body: string;
  storedAt: number;
  ttlMs: number;
}

class Edge {
  hits = 0;
  misses = 0;
  toOrigin = 0;
  private cache = new Map<string, Cached>();
  private refreshing = new Set<string>();

  // `staleMs`: por quanto tempo, depois do TTL, a borda ainda entrega a
  // cópia velha enquanto busca a nova (stale-while-revalidate).
  constructor(readonly ttlMs: number, readonly staleMs = 0) {}

  async get(path: string): Promise<string> {
    await sleep(network.sameDatacenterMs);
    const entry = this.cache.get(path);
    const age = entry ? Date.now() - entry.storedAt : Infinity;
    if (entry && age < entry.ttlMs) {
      this.hits++;
      return entry.body;
    }
    if (entry && age < entry.ttlMs + this.staleMs) {
      this.hits++;
      // Atualiza em segundo plano, uma busca por caminho de cada vez.
      if (!this.refreshing.has(path)) {
        this.refreshing.add(path);
        void this.fill(path).finally(() => this.refreshing.delete(path));
      }
      return entry.body;
    }
    this.misses++;
    return this.fill(path);
  }

  // Apaga o caminho em todas as bordas: o próximo pedido é um miss.
  purge(path: string): void {
    this.cache.delete(path);
  }

  private async fill(path: string): Promise<string> {
    this.toOrigin++;
    const res = await fetch(ORIGIN + path);
    const body = await res.text();
    this.cache.set(path, { body, storedAt: Date.now(), ttlMs: this.ttlMs });
    return body;
  }
}

// Um visitante a cada 3 s durante 10 minutos, cada um pede o catálogo;
// na metade, um deploy muda o catálogo e a borda é purgada.
async function visitors(
  get: (path: string) => Promise<string>,
  purge: (path: string) => void,
) {
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    await get('/products');
    times.push(performance.now() - start);
    if (i === 100) purge('/products');
    await sleep(3_000);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return { mean, p95: times[Math.floor(times.length * 0.95)]! };
}

const rows = [];
for (const [strategy, make] of [
  ['direto na origem', () => undefined],
  ['CDN, TTL 60 s', () => new Edge(60_000)],
  ['CDN, TTL 60 s + SWR 30 s', () => new Edge(60_000, 30_000)],
] as const) {
  const edge = make();
  const { mean, p95 } = edge
    ? await visitors(
        (path) => edge.get(path),
        (path) => edge.purge(path),
      )
    : await visitors(
        (path) => fetch(ORIGIN + path).then((r) => r.text()),
        () => {},
      );
  const hits = edge ? edge.hits : 0;
  rows.push({
    strategy,
    'hit %': Math.round((hits / 200) * 100),
    'média ms': Number(mean.toFixed(1)),
    'p95 ms': Number(p95.toFixed(1)),
    'à origem': edge ? edge.toOrigin : 200,
  });
}
console.table(rows);
// O SWR tira a espera de quem chega depois do TTL, não as idas à origem:
// elas continuam, em segundo plano, uma por TTL.
