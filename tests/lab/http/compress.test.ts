import { gunzipSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressBody } from '~/lab/http/compress';

describe('compressBody', () => {
  it('writes real gzip and deflate streams of the UTF-8 bytes', async () => {
    const text = JSON.stringify(Array.from({ length: 50 }, (_, i) => ({ id: i, name: `usuário ${i}` })));
    expect(gunzipSync(await compressBody(text, 'gzip')).toString('utf8')).toBe(text);
    expect(inflateSync(await compressBody(text, 'deflate')).toString('utf8')).toBe(text);
    const bytes = new Uint8Array([1, 2, 3]);
    expect([...gunzipSync(await compressBody(bytes))]).toEqual([1, 2, 3]);
  });

  it('refuses a format the platform does not have, naming the ones it does', async () => {
    // @ts-expect-error: brotli is not a CompressionStream format
    await expect(compressBody('x', 'br')).rejects.toThrow("compress: unsupported format \"br\"; use 'gzip', 'deflate', 'deflate-raw'");
  });
});
