// slowapi's @limiter.limit("5/minute") in TypeScript. A Python
// decorator is only sugar for get_data = limiter.limit(...)(get_data),
// so here the limit is a function that wraps the handler.
import { advance } from '@lab/clock';

type Request = { client: { host: string }; path: string };
type Response = { status: number; body: unknown; retryAfter?: number };
type Handler = (request: Request) => Promise<Response>;
const periods: Record<string, number> = { second: 1e3, minute: 6e4 };

// Fixed window per key, in memory (slowapi's default): the window opens
// at the key's first request and the count starts over when it ends.
// In memory means per process: 4 workers would allow 4 × 5 a minute.
function createLimiter(keyFunc: (request: Request) => string) {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return {
    limit(spec: string) {
      const [max, period] = spec.split('/');
      const windowMs = periods[period!];
      if (!windowMs || !(Number(max) > 0)) throw new Error(`bad: ${spec}`);
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

// get_remote_address: the client's IP. Behind a proxy or load balancer
// that is the proxy's address, so everyone would share one limit!
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
  log.push({ 'time': time, 'client': host, 'status': status, ...wait });
  if (response.status === 429) refused = response.body;
}

// 7 requests from one client, 5 s apart: the 6th and 7th get 429.
for (let i = 0; i < 7; i++) {
  await call('203.0.113.7');
  await advance(5_000);
}
await call('198.51.100.4'); // another address has its own count
await advance(30_000); // past the minute: a new window
await call('203.0.113.7');
// slowapi sends Retry-After (and X-RateLimit-*) only with
// Limiter(..., headers_enabled=True); without it, the 429 carries neither.
console.table(log);
console.log('Retry-After: only with Limiter(..., headers_enabled=True).');
console.log('Body of a 429:', refused);
