// HTTP caching headers: Cache-Control, ETag/If-None-Match → 304,
// Last-Modified and Vary, against the lab's catalogue (another region:
// each request costs a cross-datacenter round trip).
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

// `max-age=60` → 60,000 ms; without max-age a response is stale at once.
function maxAgeMs(cacheControl: string | null): number {
  const match = /max-age=(\d+)/.exec(cacheControl ?? '');
  return match ? Number(match[1]) * 1000 : 0;
}

// A small HTTP cache, like a browser's or a proxy's.
class HttpCache {
  requests = 0;
  bytes = 0;
  notModified = 0;
  fromCache = 0;
  private entries = new Map<string, Entry>();

  // `vary`: the headers that go into the key, as the response's `Vary`
  // says. Without them, different responses share one entry.
  constructor(readonly vary: string[] = []) {}

  async get(url: string, headers: Headers = {}): Promise<string> {
    const key = [url, ...this.vary.map((h) => headers[h] ?? '')].join('|');
    const entry = this.entries.get(key);
    // Fresh: does not even ask the server.
    if (entry && Date.now() - entry.storedAt < entry.maxAgeMs) {
      this.fromCache++;
      return entry.body;
    }
    // Stale: revalidates. The server answers 304, no body, if unchanged.
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

// No cache at all: every read goes to the server for the whole body.
class NoCache extends HttpCache {
  override async get(url: string, headers: Headers = {}): Promise<string> {
    const res = await fetch(url, { headers });
    this.requests++;
    this.bytes += Number(res.headers.get('content-length'));
    return res.text();
  }
}

// 10 reads, one every 30 s; the first product's price changes halfway.
// Returns how many reads after the change still saw the old price.
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
  ['no cache', new NoCache()],
  ['max-age + ETag', new HttpCache()],
] as const) {
  const stale = await tenReads(client);
  rows.push({
    strategy,
    reads: 10,
    requests: client.requests,
    '304s': client.notModified,
    'from cache': client.fromCache,
    bytes: client.bytes,
    'old price': stale,
  });
}
console.table(rows);
// max-age trades freshness for requests: a change may take up to 60 s
// to show. For data that cannot lag, `no-cache` (always revalidates,
// still cheap with a 304) or a shorter max-age.
const [none, cached] = rows;
console.log(
  `With a cache: ${none!.requests - cached!.requests} requests and ` +
    `${(none!.bytes - cached!.bytes).toLocaleString('en')} bytes fewer`,
);

// Vary: Accept-Language. A cache that ignores Vary hands the Portuguese
// list to a client that asked for English.
const pt = { 'accept-language': 'pt-BR' };
const en = { 'accept-language': 'en' };
for (const cache of [new HttpCache(), new HttpCache(['accept-language'])]) {
  await cache.get(PRODUCTS, pt);
  const body = JSON.parse(await cache.get(PRODUCTS, en));
  const label = cache.vary.length ? 'key with Vary' : 'key by URL only';
  console.log(`${label}: the English client got "${body[0].name}"`);
}
