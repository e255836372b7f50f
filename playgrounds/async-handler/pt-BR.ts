import { createEngine } from '@lab/db';

type Engine = ReturnType<typeof createEngine>;
type Response = { status: number; body: unknown };
const fmt = (n: number) => n.toLocaleString('pt-BR', { maximumFractionDigits: 1 });
const round = (ms: number) => Math.round(ms * 100) / 100;

// async def get_user(user_id): engine.session é o `async with
// AsyncSession(engine)`: pega uma conexão do pool e a devolve no fim.
// findUnique devolve o usuário ou null, como scalar_one_or_none().
async function getUser(engine: Engine, userId: number) {
  return engine.session((session) => session.user.findUnique({ where: { id: userId } }));
}

// A rota GET /users/{user_id}. No FastAPI, devolver None vira 200 com
// corpo null; o cliente merece um 404 (raise HTTPException(404)).
async function route(engine: Engine, userId: number): Promise<Response> {
  const user = await getUser(engine, userId);
  return user ? { status: 200, body: user } : { status: 404, body: { detail: 'User not found' } };
}

// 100 requisições chegam juntas, para os usuários 1 a 100.
const requests = 100;
const ids = Array.from({ length: requests }, (_, i) => i + 1);

// Cada cenário tem o seu engine (pool novo, maxOverflow 0 para o limite
// ficar exato): as primeiras requisições pagam a abertura das conexões.
async function serve(mode: string, poolSize: number, together: boolean) {
  const engine = createEngine({ poolSize, maxOverflow: 0, name: `${mode}, pool ${poolSize}` });
  const start = performance.now();
  const responses: Response[] = [];
  if (together) responses.push(...(await Promise.all(ids.map((id) => route(engine, id)))));
  else for (const id of ids) responses.push(await route(engine, id));
  const ms = performance.now() - start;
  return {
    'modo': mode,
    'pool': poolSize,
    'ms': round(ms),
    'req/s': Math.round(requests / (ms / 1000)),
    '200 OK': responses.filter((r) => r.status === 200).length,
  };
}

// ❌ Uma de cada vez: cada requisição espera a anterior terminar.
// ✅ Todas juntas: enquanto uma espera o banco, o event loop atende as
// outras. Mas só há `poolSize` conexões: as demais esperam na fila do
// pool, então o ganho nunca passa de poolSize vezes.
const rows = [
  await serve('uma de cada vez', 5, false),
  await serve('todas juntas', 1, true),
  await serve('todas juntas', 5, true),
  await serve('todas juntas', 20, true),
];
console.table(rows);
const gain = rows[0]!.ms / rows[2]!.ms;
console.log(`Ganho com pool 5: ${fmt(gain)}× (no máximo 5×: uma query por conexão por vez)`);

// Um usuário que não existe: null vira 404, não um 200 com corpo vazio.
const engine = createEngine({ name: '404' });
const missing = await route(engine, 999_999);
console.log(`GET /users/999999 → ${missing.status}`, missing.body);
