// O primeiro handler da seção "Async FastAPI": GET /users/{user_id}
// com uma sessão assíncrona do banco, atendendo muitas requisições.
import { createEngine } from '@lab/db';

const n = (x: number) => x.toLocaleString('pt-BR');
const ms = (t: number) => `${n(Math.round(t * 1000) / 1000)} ms`;
type Response = { status: number; body: unknown };

// create_async_engine("postgresql+asyncpg://...") sem argumentos de pool,
// como no módulo: os padrões do SQLAlchemy, pool_size=5 e max_overflow=10,
// ou seja, no máximo 15 conexões. createEngine() usa os mesmos padrões.
const engine = createEngine();
const maxConnections = 5 + 10;

// ❌ Como no módulo: scalar_one_or_none() devolve None para um id que
// não existe, e o FastAPI responde 200 com corpo null.
async function getUserAsIs(userId: number): Promise<Response> {
  const user = await engine.session((session) => session.user.findUnique({ where: { id: userId } }));
  return { status: 200, body: user };
}

// ✅ `async with AsyncSession(engine) as session`: engine.session pega
// uma conexão do pool e a devolve ao sair, mesmo se algo lançar.
// findUnique é o scalar_one_or_none: a linha ou null, e null vira 404.
async function getUser(userId: number): Promise<Response> {
  const user = await engine.session((session) => session.user.findUnique({ where: { id: userId } }));
  if (user === null) return { status: 404, body: { detail: 'Usuário não encontrado' } };
  return { status: 200, body: user };
}

const found = await getUser(7);
console.log(`GET /users/7 → ${found.status} ${JSON.stringify(found.body)}`);
const [asIs, fixed] = [await getUserAsIs(999_999), await getUser(999_999)];
console.log(`GET /users/999999 → módulo: ${asIs.status} ${JSON.stringify(asIs.body)}; corrigido: ${fixed.status} ${JSON.stringify(fixed.body)}`);

// Muitas requisições: 300 usuários diferentes chegando juntos.
const ids = Array.from({ length: 300 }, (_, i) => i + 1);

async function measure(label: string, serve: () => Promise<Response[]>) {
  const start = performance.now();
  const responses = await serve();
  // Uma medida com o nome da fase: a timeline a desenha como uma faixa e
  // a compara com as outras.
  performance.measure(label, { start });
  const took = performance.now() - start;
  const ok = responses.filter((r) => r.status === 200).length;
  const perSecond = Math.round(ids.length / (took / 1000));
  console.log(`${label}: ${ok} respostas OK em ${ms(took)}, ${n(perSecond)} req/s`);
  return took;
}

// ❌ Uma de cada vez, como uma chamada bloqueante dentro de `async def`
// (ou um servidor síncrono com um único worker): enquanto espera o banco,
// ninguém mais é atendido. Um handler `def` não é assim: o FastAPI o roda
// num pool de threads (40 por padrão), que atende várias ao mesmo tempo.
const serial = await measure('Uma de cada vez', async () => {
  const out: Response[] = [];
  for (const id of ids) out.push(await getUser(id));
  return out;
});

// ✅ Async: enquanto uma requisição espera o banco, o event loop atende
// outra. O limite passa a ser o pool: até 15 queries em paralelo.
const concurrent = await measure('Async, todas juntas', () => Promise.all(ids.map(getUser)));
const stats = engine.stats();
console.log(`Ganho: ${n(Math.round((serial / concurrent) * 10) / 10)}× (no máximo ${maxConnections}, as conexões do pool); ${stats.created} conexões abertas, ${n(stats.waited)} requisições esperaram uma livre`);
// São só os tempos de banco: o próprio FastAPI também gasta CPU por
// requisição, e por isso a referência é de 10k-20k req/s por processo.
console.log('Esses req/s contam só a espera pelo banco; com a CPU do FastAPI, a referência é 10k-20k req/s por processo.');
