/**
 * A GET that reports what crossed the wire: the response's own headers and the bytes of its body as
 * sent (compressed or not), which browser and Playwright requests hide by decoding for you.
 */
import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  /** Bytes of the body as sent. */
  wireBytes: number;
  body: Buffer;
}

/** GETs `url` with `headers` (e.g. `accept-encoding`), nothing else added. */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        const flat = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)]));
        resolve({ status: res.statusCode ?? 0, headers: flat, wireBytes: body.length, body });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
