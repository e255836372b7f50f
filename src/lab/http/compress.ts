/** The formats the platform's `CompressionStream` knows (brotli is not one of them). */
export type CompressionFormatName = 'gzip' | 'deflate' | 'deflate-raw';

const FORMATS: readonly CompressionFormatName[] = ['gzip', 'deflate', 'deflate-raw'];

/**
 * Compresses a body with the platform's `CompressionStream`, as a server's gzip middleware would,
 * and returns the compressed bytes. Text is encoded as UTF-8 first, as it goes on the wire.
 */
export async function compressBody(body: string | Uint8Array, format: CompressionFormatName = 'gzip'): Promise<Uint8Array> {
  if (!FORMATS.includes(format)) {
    throw new TypeError(`compress: unsupported format ${JSON.stringify(format)}; use ${FORMATS.map((f) => `'${f}'`).join(', ')}`);
  }
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream(format));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
