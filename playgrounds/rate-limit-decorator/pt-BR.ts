// O @limiter.limit("5/minute") do slowapi em TypeScript. Um decorator
// do Python é só açúcar para get_data = limiter.limit(...)(get_data);
// aqui o limite é uma função que embrulha o handler.
import { advance } from '@lab/clock';

type Request = { client: { host: string }; path: string };
type Response = { status: number; body: unknown; retryAfter?: number };
type Handler = (request: Request) => Promise<Response>;
const periods: Record<string, number> = { second: 1e3, minute: 6e4 };

// Janela fixa por chave, em memória (o padrão do slowapi): a janela abre
// na primeira requisição da chave e a contagem recomeça quando ela fecha.
// Em memória quer dizer por processo: 4 workers deixariam 4 × 5 por minuto.
function createLimiter(keyFunc: (request: Request) => string) {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return {
    limit(spec: string) {
      const [max, period] = spec.split('/');
      const windowMs = periods[period!];
      if (!windowMs || !(Number(max) > 0)) throw new Error(`inválido: ${spec}`);
      return (handler: Handler): Handler => async (request) => {
        const key = `${keyFunc(request)}:${request.path}`;
        const now = Date.now();
        let w = windows.get(key);
        if (!w || now >= w.resetAt) w = { count: 0, resetAt: now + windowMs };
        windows.set(key, w);
        if (w.count >= Number(max)) {
          const error = `Rate limit exceeded: ${max} per 1 ${period}`;
          const retryAfter = Math.ceil((w.resetAt - now) / 1000);
          return { status: 429, body: { error }, retryAfter };
        }
        w.count++;
        return handler(request);
      };
    },
  };
}

// get_remote_address: o IP do cliente. Atrás de um proxy ou balanceador
// ele é o endereço do proxy, e todo mundo dividiria um só limite!
const limiter = createLimiter((request) => request.client.host);
const getData = limiter.limit('5/minute')(async () => ({
  status: 200,
  body: { data: '...' },
}));

const start = Date.now();
const log: object[] = [];
let refused: unknown;
async function call(host: string) {
  const response = await getData({ client: { host }, path: '/api/data' });
  const time = `${(Date.now() - start) / 1000} s`;
  const { status, retryAfter } = response;
  const wait = retryAfter ? { 'Retry-After': `${retryAfter} s` } : {};
  log.push({ 'tempo': time, 'cliente': host, 'status': status, ...wait });
  if (response.status === 429) refused = response.body;
}

// 7 requisições de um cliente, a cada 5 s: a 6ª e a 7ª levam 429.
for (let i = 0; i < 7; i++) {
  await call('203.0.113.7');
  await advance(5_000);
}
await call('198.51.100.4'); // outro endereço tem a sua contagem
await advance(30_000); // passou o minuto: janela nova
await call('203.0.113.7');
// O slowapi só envia Retry-After (e X-RateLimit-*) com
// Limiter(..., headers_enabled=True); sem isso, o 429 vem sem eles.
console.table(log);
console.log('Retry-After: só com Limiter(..., headers_enabled=True).');
console.log('Corpo de um 429:', refused);
