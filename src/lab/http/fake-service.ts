import type { ServiceLatency } from '../../data/latency-model';

/** The shape every fake HTTP service of the lab has, in its own module so services can live in files of their own. */

/** A request as a fake service sees it. */
export interface ServiceRequest {
  url: URL;
  method: string;
  headers: Headers;
  body: string | null;
  /** Unix ms on the virtual clock when the request reaches the service. */
  now: number;
  /** 1 for the first request this service receives in the run, 2 for the next... */
  count: number;
}

/** What a fake service answers. `networkError` makes `fetch` reject instead. */
export interface ServiceAnswer {
  status: number;
  json?: unknown;
  /** A body that is not JSON (a script, say); with neither, the body is empty (a 304). */
  text?: string;
  headers?: Record<string, string>;
  /** Total time until the answer reaches the client, in ms (network + work + any queueing). */
  latencyMs: number;
  networkError?: boolean;
}

/** A fake service the lab's `fetch` can reach, by origin (`https://api1.com`). */
export interface FakeService {
  origin: string;
  description: string;
  latency: ServiceLatency;
  handle(req: ServiceRequest): ServiceAnswer;
}
