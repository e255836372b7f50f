import { bandwidths, crossDcRoundTripMs, sameDcRoundTripMs } from '../../data/latency-model';
import { compressBody } from './compress';
import { esModule, printReport, type LabPart, type LabReport, type PartContext } from '../part';

/**
 * The `@lab/http` part: describes the world's services and counts their requests. The global
 * `fetch` reaches the same services without importing it, so the world creates this part up front.
 */
export function httpPart(context: PartContext): LabPart {
  const { http, texts, realWork } = context;
  const httpReport = (): LabReport | null => {
    if (http.stats.byOrigin.size === 0) return null;
    return {
      title: texts.httpTitle,
      lines: [...http.stats.byOrigin].map(([origin, s]) =>
        texts.httpLine(origin, s.requests, [...s.statuses].map(([k, v]) => `${k} ×${v}`).join(', ')),
      ),
    };
  };
  return {
    module: esModule({
      services: http.services.map((s) => ({
        origin: s.origin,
        description: s.description,
        networkMs: s.latency.networkMs,
        serviceMs: s.latency.serviceMs,
      })),
      /** The round trips and links of the latency model, for programs that model a hop themselves (a CDN edge, a transfer). */
      network: {
        sameDatacenterMs: sameDcRoundTripMs,
        crossDatacenterMs: crossDcRoundTripMs,
        bandwidthBitsPerSecond: { datacenter: bandwidths.datacenter.bitsPerSecond, mobile: bandwidths.mobile.bitsPerSecond },
      },
      /**
       * Real compression with the platform's CompressionStream. It runs on the machine's CPU, not
       * on the virtual clock, so the run waits for it as it waits for the CPU pool.
       */
      compress: (body: string | Uint8Array, format?: Parameters<typeof compressBody>[1]) => realWork.track(compressBody(body, format)),
      stats: () =>
        Object.fromEntries(
          [...http.stats.byOrigin].map(([o, s]) => [o, { requests: s.requests, statuses: Object.fromEntries(s.statuses) }]),
        ),
      report: printReport(context, httpReport),
      fetch: http.fetch,
    }),
    report: httpReport,
  };
}
