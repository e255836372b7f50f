// Cabeçalhos de cache HTTP: Cache-Control, ETag/If-None-Match → 304,
// Last-Modified e Vary, contra o catálogo do laboratório (outra região:
// cada requisição custa um round trip entre datacenters).
import { sleep } from '@lab/clock';

const PRODUCTS = 'https://catalog.example/products';
type Headers = Record<string, string>;

interface Entry {
  body: string;
  etag: string | null;
  lastModified: string | null;
  storedAt: number;
  maxAgeMs: number;
}

// `max-age=60` → 60.000 ms; sem max-age, a resposta já nasce velha.
function maxAgeMs(cacheControl: string | null): number {
  const match = /max-age=(\d+)/.exec(cacheControl ?? '');
  return match ? Number(match[1]) * 1000 : 0;
}

// Um cache HTTP pequeno, como o do navegador ou de um proxy.
class HttpCache {
  requests = 0;
  bytes = 0;
  notModified = 0;
  fromCache = 0;
  private entries = new Map<string, Entry>();

  // `vary`: os cabeçalhos que entram na chave, como manda o `Vary` da
  // resposta. Sem eles, respostas diferentes dividem uma entrada só.
  constructor(readonly vary: string[] = []) {}

  async get(url: string, headers: Headers = {}): Promise<string> {
    const key = [url, ...this.vary.map((h) => headers[h] ?? '')].join('|');
    const entry = this.entries.get(key);
    // Fresca: nem pergunta ao servidor.
    if (entry && Date.now() - entry.storedAt < entry.maxAgeMs) {
      this.fromCache++;
      return entry.body;
    }
    // Velha: revalida. O servidor responde 304 sem corpo se nada mudou.
    const ask = { ...headers };
    if (entry?.etag) ask['if-none-match'] = entry.etag;
    else if (entry?.lastModified) ask['if-modified-since'] = entry.lastModified;
    const res = await fetch(url, { headers: ask });
    this.requests++;
    if (res.status === 304 && entry) {
      this.notModified++;
      entry.storedAt = Date.now();
      entry.maxAgeMs = maxAgeMs(res.headers.get('cache-control'));
      return entry.body;
    }
    const body = await res.text();
    this.bytes += Number(res.headers.get('content-length'));
    this.entries.set(key, {
      body,
      etag: res.headers.get('etag'),
      lastModified: res.headers.get('last-modified'),
      storedAt: Date.now(),
      maxAgeMs: maxAgeMs(res.headers.get('cache-control')),
    });
    return body;
  }
}

// Sem cache nenhum: toda leitura vai ao servidor e traz o corpo inteiro.
class NoCache extends HttpCache {
  override async get(url: string, headers: Headers = {}): Promise<string> {
    const res = await fetch(url, { headers });
    this.requests++;
    this.bytes += Number(res.headers.get('content-length'));
    return res.text();
  }
}

// 10 leituras, uma a cada 30 s; o preço do primeiro produto muda na
// metade. Devolve quantas leituras, depois da mudança, viram o preço velho.
async function tenReads(client: HttpCache): Promise<number> {
  let before = 0;
  let stale = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 5) await fetch(`${PRODUCTS}/price`, { method: 'POST' });
    const [first] = JSON.parse(await client.get(PRODUCTS));
    if (i < 5) before = first.price;
    else if (first.price === before) stale++;
    await sleep(30_000);
  }
  return stale;
}

const rows = [];
for (const [strategy, client] of [
  ['sem cache', new NoCache()],
  ['max-age + ETag', new HttpCache()],
] as const) {
  const stale = await tenReads(client);
  rows.push({
    strategy,
    reads: 10,
    requests: client.requests,
    '304s': client.notModified,
    'do cache': client.fromCache,
    bytes: client.bytes,
    'preço velho': stale,
  });
}
console.table(rows);
// max-age troca frescor por requisições: uma mudança pode levar até
// 60 s para aparecer. Para dados que não podem atrasar, `no-cache` (que
// revalida sempre, ainda barato com 304) ou um max-age menor.
const [none, cached] = rows;
console.log(
  `Com cache: ${none!.requests - cached!.requests} requisições e ` +
    `${(none!.bytes - cached!.bytes).toLocaleString('pt-BR')} bytes a menos`,
);

// Vary: Accept-Language. Um cache que ignora o Vary entrega a lista em
// português a quem pediu inglês.
const pt = { 'accept-language': 'pt-BR' };
const en = { 'accept-language': 'en' };
for (const cache of [new HttpCache(), new HttpCache(['accept-language'])]) {
  await cache.get(PRODUCTS, pt);
  const body = JSON.parse(await cache.get(PRODUCTS, en));
  const label = cache.vary.length ? 'chave com Vary' : 'chave só pela URL';
  console.log(`${label}: quem pediu inglês recebeu "${body[0].name}"`);
}
