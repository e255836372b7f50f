/**
 * Markdown links are written from the site's root (`/caching/`, `/en/checklist/`), where the links
 * validator can check them; Astro does not rewrite Markdown links, so a site built under a sub-path
 * (`base`) gets them prefixed here, before the validator sees the page.
 */
import { defineMdastPlugin } from 'satteri';

/** An mdast plugin that moves every root-relative link of a page under `base` (with its trailing slash). */
export function baseLinks(base: string) {
  return defineMdastPlugin({
    name: 'base-links',
    link(node, ctx) {
      if (node.url.startsWith('/') && !node.url.startsWith('//')) ctx.setProperty(node, 'url', `${base}${node.url.slice(1)}`);
    },
  });
}
