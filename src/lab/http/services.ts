import { serviceLatencies, serviceRequestMs, type ServiceLatency } from '../../data/latency-model';
import { VIRTUAL_EPOCH_MS } from '../clock/virtual-clock';
import { catalogService } from './catalog-service';
import type { FakeService, ServiceAnswer, ServiceRequest } from './fake-service';

const statusText: Record<number, string> = {
  200: 'OK',
  304: 'Not Modified',
  404: 'Not Found',
  405: 'Method Not Allowed',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

/** The reason phrase of a status code. */
export function reasonPhrase(status: number): string {
  return statusText[status] ?? '';
}

function notFound(latency: ServiceLatency, req: ServiceRequest): ServiceAnswer {
  return { status: 404, json: { error: 'Not Found', path: req.url.pathname }, latencyMs: serviceRequestMs(latency) };
}

/** The module's async-API sample services: GET /data answers a small JSON document. */
function dataApi(host: 'api1.com' | 'api2.com' | 'api3.com', name: string): FakeService {
  const latency = serviceLatencies[host];
  return {
    origin: `https://${host}`,
    description: `${name}: GET /data → JSON`,
    latency,
    handle(req) {
      if (req.url.pathname !== '/data') return notFound(latency, req);
      return {
        status: 200,
        json: { source: host, items: [1, 2, 3].map((i) => ({ id: i, value: `${name}-${i}` })), request: req.count },
        latencyMs: serviceRequestMs(latency),
      };
    },
  };
}

/** Fails on a fixed pattern so retries can be shown deterministically: every 3rd request 503, every 5th a dropped connection. */
const flaky: FakeService = {
  origin: 'https://flaky.example',
  description: 'GET /data → 503 on every 3rd request, connection reset on every 5th',
  latency: serviceLatencies['flaky.example'],
  handle(req) {
    const ms = serviceRequestMs(this.latency);
    if (req.url.pathname !== '/data') return notFound(this.latency, req);
    if (req.count % 5 === 0) return { status: 0, latencyMs: ms, networkError: true };
    if (req.count % 3 === 0) return { status: 503, json: { error: 'Service Unavailable' }, headers: { 'retry-after': '1' }, latencyMs: ms };
    return { status: 200, json: { source: 'flaky.example', ok: true, request: req.count }, latencyMs: ms };
  },
};

/** A rate-limited API: 5 requests per fixed minute window, then 429 with Retry-After. */
function limited(): FakeService {
  const limit = 5;
  const windowMs = 60_000;
  let windowStart = -Infinity;
  let used = 0;
  return {
    origin: 'https://limited.example',
    description: `GET /data → 429 past ${limit} requests per minute`,
    latency: serviceLatencies['limited.example'],
    handle(req) {
      const ms = serviceRequestMs(this.latency);
      if (req.url.pathname !== '/data') return notFound(this.latency, req);
      if (req.now - windowStart >= windowMs) {
        windowStart = req.now - (req.now % windowMs);
        used = 0;
      }
      const remaining = limit - used;
      const reset = Math.ceil((windowStart + windowMs - req.now) / 1000);
      const headers = { 'x-ratelimit-limit': String(limit), 'x-ratelimit-remaining': String(Math.max(0, remaining - 1)) };
      if (remaining <= 0) {
        return { status: 429, json: { error: 'Too Many Requests' }, headers: { ...headers, 'retry-after': String(reset) }, latencyMs: ms };
      }
      used++;
      return { status: 200, json: { source: 'limited.example', request: req.count }, headers, latencyMs: ms };
    },
  };
}

/**
 * The module's three weighted backends (nginx `weight=3/2/1`): a backend with weight w runs w
 * requests at a time; more wait in its queue, so an overloaded backend answers late.
 */
function backend(n: 1 | 2 | 3 | 4, workers: number): FakeService {
  const latency = serviceLatencies.backend;
  const freeAt: number[] = Array.from({ length: workers }, () => 0);
  return {
    origin: `http://backend${n}:8000`,
    description: `backend${n}: ${workers} worker(s), ${latency.serviceMs} ms per request`,
    latency,
    handle(req) {
      const oneWay = latency.networkMs / 2;
      const arrive = req.now + oneWay;
      let w = 0;
      for (let i = 1; i < freeAt.length; i++) if (freeAt[i]! < freeAt[w]!) w = i;
      const start = Math.max(arrive, freeAt[w]!);
      const done = start + latency.serviceMs;
      freeAt[w] = done;
      const busy = freeAt.filter((t) => t > arrive).length;
      return {
        status: 200,
        json: { server: `backend${n}`, queuedMs: start - arrive, busyWorkers: busy, request: req.count },
        latencyMs: done + oneWay - req.now,
      };
    },
  };
}

/** When `http://backend4:8000` is down, in ms of the run's virtual clock: it crashes at 15 s and is back at 35 s. */
export const backend4Outage = { fromMs: 15_000, untilMs: 35_000 } as const;

/**
 * A backend that fails and recovers, for health checks: like the others (2 workers, 20 ms per
 * request, `GET /health` → `{ status: 'ok' }`), except that its process is down during
 * `backend4Outage`: a connection to it then fails (the `fetch` rejects after one round trip).
 */
function unstableBackend(): FakeService {
  const healthy = backend(4, 2);
  return {
    ...healthy,
    description: `backend4: 2 worker(s), ${healthy.latency.serviceMs} ms per request; down from ${backend4Outage.fromMs / 1000} s to ${backend4Outage.untilMs / 1000} s`,
    handle(req) {
      const at = req.now - VIRTUAL_EPOCH_MS;
      if (at >= backend4Outage.fromMs && at < backend4Outage.untilMs) {
        return { status: 0, latencyMs: healthy.latency.networkMs, networkError: true };
      }
      if (req.url.pathname === '/health') return { status: 200, json: { status: 'ok' }, latencyMs: serviceRequestMs(healthy.latency) };
      return healthy.handle(req);
    },
  };
}

/** A fresh set of services for one run (their counters and queues start empty). */
export function createServices(): FakeService[] {
  return [
    dataApi('api1.com', 'api1'),
    dataApi('api2.com', 'api2'),
    dataApi('api3.com', 'api3'),
    flaky,
    limited(),
    backend(1, 3),
    backend(2, 2),
    backend(3, 1),
    catalogService(),
    unstableBackend(),
  ];
}
