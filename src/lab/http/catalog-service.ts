import { serviceLatencies, serviceRequestMs } from '../../data/latency-model';
import type { FakeService, ServiceAnswer } from './fake-service';

/**
 * A product catalogue in another region that speaks HTTP caching: `GET /products` answers a JSON
 * list with `Cache-Control`, `ETag`, `Last-Modified` and `Vary: Accept-Language` (the names come in
 * the language asked for), and answers `304 Not Modified` with no body to a request whose
 * `If-None-Match` or `If-Modified-Since` still matches. `POST /products/price` changes a price,
 * which gives the list a new version. Static files live under `/static/` with a year of
 * `max-age`, as hashed asset names allow.
 */

/** How long clients and shared caches may reuse the list without asking again. */
const LIST_MAX_AGE_S = 60;

const names = {
  pt: ['Teclado mecânico', 'Mouse sem fio', 'Monitor 27"', 'Cadeira ergonômica', 'Webcam HD', 'Headset com microfone'],
  en: ['Mechanical keyboard', 'Wireless mouse', '27" monitor', 'Ergonomic chair', 'HD webcam', 'Headset with microphone'],
} as const;

const PRODUCTS = 48;

/** An HTTP date, as `Last-Modified` carries it. */
const httpDate = (unixMs: number): string => new Date(unixMs).toUTCString();

/** A fresh catalogue for one run (version 1, published when the run starts). */
export function catalogService(): FakeService {
  const latency = serviceLatencies['catalog.example'];
  let version = 1;
  let modifiedAt: number | undefined;
  const prices = Array.from({ length: PRODUCTS }, (_, i) => 50 + ((i * 37) % 450));

  function list(lang: 'pt' | 'en') {
    return Array.from({ length: PRODUCTS }, (_, i) => ({
      id: i + 1,
      sku: `SKU-${String(i + 1).padStart(5, '0')}`,
      name: `${names[lang][i % names[lang].length]} ${Math.floor(i / names[lang].length) + 1}`,
      price: prices[i],
      currency: 'BRL',
      inStock: i % 7 !== 0,
      tags: i % 2 === 0 ? ['office', 'hardware'] : ['hardware'],
    }));
  }

  return {
    origin: 'https://catalog.example',
    description: 'GET /products → JSON with ETag/Last-Modified (304 when unchanged); POST /products/price; GET /static/app.js',
    latency,
    handle(req): ServiceAnswer {
      const ms = serviceRequestMs(latency);
      modifiedAt ??= req.now;
      const path = req.url.pathname;
      if (req.method === 'POST' && path === '/products/price') {
        prices[0] = prices[0]! + 1;
        version++;
        modifiedAt = req.now;
        return { status: 200, json: { version }, latencyMs: ms };
      }
      if (req.method !== 'GET') return { status: 405, json: { error: 'Method Not Allowed' }, latencyMs: ms };
      if (path === '/static/app.js') {
        const text = `console.log(${JSON.stringify('app '.repeat(2_000))});`;
        return {
          status: 200,
          text,
          headers: { 'content-type': 'text/javascript', 'cache-control': 'public, max-age=31536000, immutable' },
          latencyMs: ms,
        };
      }
      if (path !== '/products') return { status: 404, json: { error: 'Not Found', path }, latencyMs: ms };

      const lang = (req.headers.get('accept-language') ?? '').toLowerCase().startsWith('en') ? 'en' : 'pt';
      const etag = `"v${version}-${lang}"`;
      const validators = {
        'cache-control': `public, max-age=${LIST_MAX_AGE_S}`,
        etag,
        'last-modified': httpDate(modifiedAt),
        vary: 'Accept-Language',
      };
      const ifNoneMatch = req.headers.get('if-none-match');
      const ifModifiedSince = req.headers.get('if-modified-since');
      // If-None-Match wins over If-Modified-Since when both are sent (RFC 9110, 13.2.2).
      const unchanged =
        ifNoneMatch !== null
          ? ifNoneMatch.split(',').some((t) => t.trim() === etag || t.trim() === '*')
          : ifModifiedSince !== null && Date.parse(ifModifiedSince) >= Math.floor(modifiedAt / 1000) * 1000;
      if (unchanged) return { status: 304, headers: validators, latencyMs: ms };
      return { status: 200, json: list(lang), headers: validators, latencyMs: ms };
    },
  };
}
