// Response compression: how much gzip saves, and when it does not pay.
// `compress` uses the platform's CompressionStream (the same gzip as a
// middleware); transfer times use the lab model's bandwidths (size ÷
// bandwidth, without TCP slow start, which charges extra round trips to
// exactly the large bodies).
import { db } from '@lab/db';
import { compress, network } from '@lab/http';

const { mobile, datacenter } = network.bandwidthBitsPerSecond;

// Milliseconds for a body of `bytes` to cross a link.
function transferMs(bytes: number, bitsPerSecond: number): number {
  return (bytes * 8 * 1000) / bitsPerSecond;
}

const bytesOf = (text: string) => new TextEncoder().encode(text);

// 1. JSON listings from the database: 100 users and the whole table.
const users = JSON.stringify(await db.user.findMany({ take: 100 }));
const everyone = JSON.stringify(await db.user.findMany());
// 2. A product catalogue from an API.
const res = await fetch('https://catalog.example/products');
const catalog = await res.text();
// 3. A tiny response.
const tiny = JSON.stringify({ ok: true });
// 4. A body that is already compressed (like JPEG, PNG, MP4 or a .gz).
const packed = await compress(users);

const payloads: [string, Uint8Array][] = [
  ['100 users (JSON)', bytesOf(users)],
  ['2,000 users (JSON)', bytesOf(everyone)],
  ['catalogue (JSON)', bytesOf(catalog)],
  ['{"ok":true}', bytesOf(tiny)],
  ['already compressed', packed],
];

const rows = [];
for (const [payload, body] of payloads) {
  const gzip = (await compress(body, 'gzip')).byteLength;
  const deflate = (await compress(body, 'deflate')).byteLength;
  rows.push({
    payload,
    bytes: body.byteLength,
    gzip,
    deflate,
    ratio: Number((body.byteLength / gzip).toFixed(2)),
    '4G ms': Number(transferMs(body.byteLength, mobile).toFixed(2)),
    '4G gzip ms': Number(transferMs(gzip, mobile).toFixed(2)),
    'DC µs': Number((transferMs(body.byteLength, datacenter) * 1000).toFixed(1)),
  });
}
console.table(rows);

for (const r of rows) {
  if (r.gzip < r.bytes) {
    const saved = r.bytes - r.gzip;
    console.log(
      `${r.payload}: ${saved.toLocaleString('en')} bytes fewer (${r.ratio}×)`,
    );
  } else {
    // gzip adds a header and a trailer (18 bytes): with nothing to
    // compress, the body only grows.
    console.log(`${r.payload}: does not pay (+${r.gzip - r.bytes} bytes)`);
  }
}
