import type { Locale } from '../../i18n/locales';
import type { VirtualClock } from '../clock/virtual-clock';
import { labText } from '../messages';
import type { TraceRecorder } from '../trace/recorder';
import { LabResponse } from './response';
import type { FakeService, ServiceAnswer } from './fake-service';
import { createServices, reasonPhrase } from './services';

/** Bodies are counted in bytes on the wire, as `Content-Length` does, not in UTF-16 units. */
const utf8 = new TextEncoder();

/** Per-host counters for the HTTP report. */
interface HttpStats {
  byOrigin: Map<string, { requests: number; statuses: Map<string, number> }>;
}

/** The HTTP part of a lab world: its services, the `fetch` a program gets, and counters. */
export interface LabHttp {
  services: readonly FakeService[];
  fetch(input: unknown, init?: RequestInit): Promise<LabResponse>;
  /**
   * The same request without waiting: the service answers as of `atUnixMs`; the caller decides
   * how the latency passes (a blocking call stalls the loop, a thread-pool task holds a thread).
   */
  request(input: unknown, init: RequestInit, atUnixMs: number): { latencyMs: number; response(): LabResponse };
  stats: HttpStats;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/**
 * Builds the lab's `fetch`: requests go to the named fake services and answer after their
 * modelled latency on the virtual clock; any other URL fails as an offline fetch does.
 */
export function createLabHttp(clock: VirtualClock, nowUnixMs: () => number, locale: Locale, trace?: TraceRecorder): LabHttp {
  const services = createServices();
  const counts = new Map<FakeService, number>();
  const stats: HttpStats = { byOrigin: new Map() };
  const t = labText[locale];

  function count(origin: string, status: string): void {
    const s = stats.byOrigin.get(origin) ?? { requests: 0, statuses: new Map<string, number>() };
    s.requests++;
    s.statuses.set(status, (s.statuses.get(status) ?? 0) + 1);
    stats.byOrigin.set(origin, s);
  }

  interface Dispatched {
    url: URL;
    service: FakeService | undefined;
    answer: ServiceAnswer | undefined;
  }

  /** Sends a request to its service at `atUnixMs`: the service decides its answer and latency now. */
  function dispatch(input: unknown, init: RequestInit, atUnixMs: number): Dispatched {
    const raw = typeof input === 'object' && input !== null && 'url' in input ? String((input as { url: unknown }).url) : String(input);
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new TypeError(t.invalidUrl(raw));
    }
    const service = services.find((s) => s.origin === url.origin);
    if (!service) return { url, service, answer: undefined };
    const n = (counts.get(service) ?? 0) + 1;
    counts.set(service, n);
    const body = init.body === undefined || init.body === null ? null : String(init.body);
    const answer = service.handle({
      url,
      method: (init.method ?? 'GET').toUpperCase(),
      headers: new Headers(init.headers),
      body,
      now: atUnixMs,
      count: n,
    });
    return { url, service, answer };
  }

  /** The response of a dispatched request once its latency has passed (or the network error it ends in). */
  function respond({ url, service, answer }: Dispatched): LabResponse {
    if (!service || !answer) {
      count(url.origin, 'error');
      throw new TypeError(
        t.noNetwork(
          url.href,
          services.map((s) => s.origin),
        ),
      );
    }
    if (answer.networkError) {
      count(service.origin, 'reset');
      throw new TypeError('fetch failed', { cause: new Error('read ECONNRESET') });
    }
    count(service.origin, String(answer.status));
    const body = answer.text ?? (answer.json === undefined ? '' : JSON.stringify(answer.json));
    const typed: Record<string, string> = answer.json === undefined ? {} : { 'content-type': 'application/json' };
    return new LabResponse(
      body,
      answer.status,
      reasonPhrase(answer.status),
      { ...typed, 'content-length': String(utf8.encode(body).byteLength), ...answer.headers },
      url.href,
    );
  }

  async function fetch(input: unknown, init: RequestInit = {}): Promise<LabResponse> {
    const signal = init.signal ?? undefined;
    if (signal?.aborted) throw abortError(signal);
    const sent = dispatch(input, init, nowUnixMs());
    const latencyMs = sent.answer?.latencyMs ?? 0;
    const method = (init.method ?? 'GET').toUpperCase();
    const span = trace?.begin('http', `${method} ${sent.url.href}`, { method, url: sent.url.href }) ?? null;
    await new Promise<void>((resolve, reject) => {
      const id = clock.schedule(latencyMs, () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      });
      function onAbort(): void {
        clock.cancel(id);
        trace?.end(span, { aborted: true });
        reject(abortError(signal!));
      }
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    try {
      const response = respond(sent);
      trace?.end(span, { status: response.status });
      return response;
    } catch (e) {
      trace?.end(span, { error: e instanceof Error ? e.message : String(e) });
      throw e;
    }
  }

  function request(input: unknown, init: RequestInit, atUnixMs: number): { latencyMs: number; response(): LabResponse } {
    const sent = dispatch(input, init, atUnixMs);
    return { latencyMs: sent.answer?.latencyMs ?? 0, response: () => respond(sent) };
  }

  return { services, fetch, request, stats };
}
