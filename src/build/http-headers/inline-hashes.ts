/**
 * The hashes a Content-Security-Policy needs to let a page's inline `<script>` elements run:
 * SHA-256 of each element's text, exactly as it stands between the tags, which is what the browser
 * hashes. The pages are Astro's own output, so a pattern over the markup finds every element; one it
 * took for a script that is not (a JSON data block) would only add a hash that allows nothing.
 */
import { createHash } from 'node:crypto';
import type { InlineHashes } from '../../data/http-headers';

const scriptElement = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

/** The distinct hashes of the inline scripts of `pages` (HTML texts), sorted so that a build renders the same text twice. */
export function inlineHashes(pages: Iterable<string>): InlineHashes {
  const script = new Set<string>();
  for (const html of pages) {
    for (const [, attributes, body] of html.matchAll(scriptElement)) {
      if (!/\ssrc\s*=/.test(attributes ?? ''))
        script.add(
          `sha256-${createHash('sha256')
            .update(body ?? '', 'utf8')
            .digest('base64')}`,
        );
    }
  }
  return { script: [...script].sort() };
}
