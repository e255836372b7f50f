import { describe, expect, it } from 'vitest';
import { run } from '../../runner/support';

describe('the catalogue service', () => {
  it('answers 304 with no body while the ETag or Last-Modified still matches, and 200 after a change', async () => {
    const { outcome, logs } = await run(`
      const url = 'https://catalog.example/products';
      const first = await fetch(url);
      const etag = first.headers.get('etag');
      const modified = first.headers.get('last-modified');
      const body = await first.text();
      console.log(first.status, first.headers.get('cache-control'), first.headers.get('vary'), Number(first.headers.get('content-length')) === new TextEncoder().encode(body).length);
      const byTag = await fetch(url, { headers: { 'if-none-match': etag } });
      console.log(byTag.status, JSON.stringify(await byTag.text()), byTag.headers.get('etag') === etag);
      const byDate = await fetch(url, { headers: { 'if-modified-since': modified } });
      console.log(byDate.status);
      // If-None-Match wins: a wrong tag gets the body even with a matching date.
      const wrongTag = await fetch(url, { headers: { 'if-none-match': '"nope"', 'if-modified-since': modified } });
      console.log(wrongTag.status);
      await fetch(url + '/price', { method: 'POST' });
      const changed = await fetch(url, { headers: { 'if-none-match': etag } });
      console.log(changed.status, changed.headers.get('etag') !== etag);
    `);
    expect(outcome.ok, outcome.error?.message).toBe(true);
    expect(logs).toEqual(['200 public, max-age=60 Accept-Language true', '304 "" true', '304', '200', '200 true']);
  });

  it('varies by Accept-Language: names and tags differ per language', async () => {
    const { logs } = await run(`
      const get = (lang) => fetch('https://catalog.example/products', { headers: { 'accept-language': lang } });
      const [pt, en] = await Promise.all([get('pt-BR'), get('en-US')]);
      console.log((await pt.json())[0].name, (await en.json())[0].name, pt.headers.get('etag') !== en.headers.get('etag'));
    `);
    expect(logs).toEqual(['Teclado mecânico 1 Mechanical keyboard 1 true']);
  });

  it('serves a hashed static file with a year of immutable caching, and refuses other methods', async () => {
    const { logs } = await run(`
      const js = await fetch('https://catalog.example/static/app.js');
      console.log(js.status, js.headers.get('content-type'), js.headers.get('cache-control'));
      console.log((await fetch('https://catalog.example/products', { method: 'DELETE' })).status);
    `);
    expect(logs).toEqual(['200 text/javascript public, max-age=31536000, immutable', '405']);
  });
});
