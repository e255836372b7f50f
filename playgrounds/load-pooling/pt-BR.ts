// O mesmo endpoint sob carga crescente (100 → 600 req/s em 6 s), de
// três jeitos: o pool do módulo (20 + 10), o padrão do SQLAlchemy
// (5 + 10) e uma conexão nova por requisição. Cada requisição segura a
// conexão por uma query e mais 40 ms de trabalho (uma chamada a outro
// serviço dentro da transação, digamos), então a λ req/s ela precisa de
// umas λ × 0,04 conexões ao mesmo tempo (lei de Little): 24 a 600 req/s.
import { load } from '@lab/load';
import { createConnection, createEngine, type Engine } from '@lab/db';
import { sleep } from '@lab/clock';

const traffic = {
  rate: 600, // onde a rampa termina
  duration: 6_000,
  profile: { kind: 'ramp', from: 100, to: 600 },
  arrival: 'poisson',
  seed: 5,
} as const;

async function handle(db: Engine['db'], i: number) {
  await db.user.findUnique({ where: { id: (i % 2000) + 1 } });
  await sleep(40);
}

const results = [];
for (const [name, poolSize, maxOverflow] of [
  ['20 + 10', 20, 10],
  ['5 + 10', 5, 10],
] as const) {
  // Um pool timeout curto (0,5 s) para o pool esgotado aparecer como erro.
  const engine = createEngine({ poolSize, maxOverflow, poolTimeoutMs: 500 });
  const r = await load((i) => engine.session((db) => handle(db, i)), { ...traffic, label: name });
  results.push({ name, ...r });
}
const perRequest = await load(async (i) => {
  const conn = await createConnection(); // 4 idas e voltas toda vez
  try {
    await handle(conn, i);
  } finally {
    await conn.close();
  }
}, { ...traffic, label: 'por requisição' });
results.push({ name: 'por requisição', ...perRequest });

console.table(
  results.map((r) => ({
    'config': r.name,
    'ok': r.completed,
    'falhas': r.failed,
    'p50 ms': Math.round(r.latency.p50),
    'p99 ms': Math.round(r.latency.p99),
    'máx. em andamento': r.inFlight.max,
  })),
);
// Quando cada um começou a sofrer? O primeiro segundo com p99 acima de
// 100 ms ou com erro, e as chegadas daquele segundo.
for (const r of results) {
  const bad = r.series.find((s) => s.latency.p99 > 100 || s.failed > 0);
  console.log(
    bad
      ? `${r.name}: problemas a partir do segundo ${bad.second} (${bad.sent} req/s)`
      : `${r.name}: sem problemas até 600 req/s`,
  );
}
for (const [message, count] of Object.entries(results[1]!.errors)) {
  console.log(`5 + 10: ${count} × ${message}`);
}
// Uma conexão por requisição nunca espera aqui, mas paga a abertura em
// toda requisição e abre milhares de conexões: um PostgreSQL de verdade
// (max_connections = 100 por padrão) recusaria as que passassem de 100.
