// Compressão de respostas: quanto o gzip economiza e quando não compensa.
// `compress` usa o CompressionStream da plataforma (o mesmo gzip de um
// middleware); os tempos de transferência usam as larguras de banda do
// modelo do laboratório (tamanho ÷ banda, sem o slow start do TCP, que
// cobra round trips a mais justamente dos corpos grandes).
import { db } from '@lab/db';
import { compress, network } from '@lab/http';

const { mobile, datacenter } = network.bandwidthBitsPerSecond;

// Milissegundos para um corpo de `bytes` atravessar um link.
function transferMs(bytes: number, bitsPerSecond: number): number {
  return (bytes * 8 * 1000) / bitsPerSecond;
}

const bytesOf = (text: string) => new TextEncoder().encode(text);

// 1. JSON de listagens do banco: 100 usuários e a tabela inteira.
const users = JSON.stringify(await db.user.findMany({ take: 100 }));
const everyone = JSON.stringify(await db.user.findMany());
// 2. Um catálogo de produtos vindo de uma API.
const res = await fetch('https://catalog.example/products');
const catalog = await res.text();
// 3. Uma resposta minúscula.
const tiny = JSON.stringify({ ok: true });
// 4. Um corpo já comprimido (como JPEG, PNG, MP4 ou um .gz).
const packed = await compress(users);

const payloads: [string, Uint8Array][] = [
  ['100 usuários (JSON)', bytesOf(users)],
  ['2.000 usuários (JSON)', bytesOf(everyone)],
  ['catálogo (JSON)', bytesOf(catalog)],
  ['{"ok":true}', bytesOf(tiny)],
  ['já comprimido', packed],
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
      `${r.payload}: ${saved.toLocaleString('pt-BR')} bytes a menos (${r.ratio}×)`,
    );
  } else {
    // O gzip acrescenta cabeçalho e rodapé (18 bytes): sem o que
    // comprimir, o corpo só cresce.
    console.log(`${r.payload}: não compensa (+${r.gzip - r.bytes} bytes)`);
  }
}
