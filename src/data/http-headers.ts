/**
 * The HTTP headers the built site is served with, written once: what is compressed, how long each
 * file may be cached, and the Content-Security-Policy with the reason for every source it allows.
 * `src/build/http-headers/` renders this for nginx and for static hosts that read a `_headers` file
 * (Netlify, Cloudflare Pages). Pure data: the build passes in what only the built site knows (the
 * hashes of the inline scripts the pages carry, and the files at the top of `dist/`).
 */

/** Hashes (`sha256-…`) of the inline `<script>` elements found in the built pages. */
export interface InlineHashes {
  script: readonly string[];
}

/** One source a CSP directive allows, with the reason the site needs it. */
type CspSource =
  | { value: string; why: string }
  /** Every inline element of that kind in the built pages, by hash: Starlight's and the site's own. */
  | { hashesOf: keyof InlineHashes; why: string };

/** A CSP directive and what it allows. */
export interface CspDirective {
  name: string;
  sources: readonly CspSource[];
}

/**
 * The policy of every page. Only the site's own origin, plus what the pages are built with: Starlight
 * and Astro put small scripts inline (allowed one by one, by hash), the playground's editor styles
 * itself at run time, and Pagefind's search runs as WebAssembly. Pagefind's Worker, a file outside
 * /_astro/, runs under this policy too.
 */
export const pagePolicy: readonly CspDirective[] = [
  {
    name: 'default-src',
    sources: [{ value: "'self'", why: 'everything a page loads (styles, fonts, images, the search index) is a file of the site' }],
  },
  {
    name: 'script-src',
    sources: [
      { value: "'self'", why: "the bundles in /_astro/ and Pagefind's scripts in /pagefind/" },
      {
        hashesOf: 'script',
        why: "Starlight's inline scripts (theme, language and sidebar state, search shortcut), the site's search-button label, Astro's island loader and the playground's hydration directive",
      },
      {
        value: "'wasm-unsafe-eval'",
        why: "Pagefind's search is WebAssembly, compiled in its Worker (/pagefind/pagefind-worker.js, which gets this policy from its own response) or, where Workers fail, in the page",
      },
    ],
  },
  {
    name: 'style-src',
    sources: [
      { value: "'self'", why: 'the stylesheets in /_astro/ and /pagefind/' },
      {
        value: "'unsafe-inline'",
        why:
          "the playground's editor writes its styles into <style> elements as it starts (CodeMirror's style-mod, Sandpack's stitches), text that depends on " +
          'its extensions and theme, so no build can hash it, and a nonce needs a server that renders every response; Expressive Code colours every token ' +
          'with a style= attribute. An injected style could not send anything anywhere: every fetch directive allows only the site itself (and data: images)',
      },
    ],
  },
  {
    name: 'img-src',
    sources: [
      { value: "'self'", why: 'the favicon and any image of the site' },
      {
        value: 'data:',
        why: "the icons Expressive Code (copy button) and Pagefind's search box draw from data: SVGs in their stylesheets",
      },
    ],
  },
  {
    name: 'worker-src',
    sources: [
      {
        value: "'self'",
        why: "the playground's Worker (/_astro/worker-*.js), Pagefind's (/pagefind/pagefind-worker.js) and the service worker that keeps the site offline (/sw.js, which gets this policy from its own response and fetches only the site's files) are files of the site",
      },
    ],
  },
  { name: 'object-src', sources: [{ value: "'none'", why: 'the site embeds no plugin content (<object>, <embed>)' }] },
  { name: 'base-uri', sources: [{ value: "'none'", why: 'no <base>: relative URLs always resolve against the page' }] },
  { name: 'form-action', sources: [{ value: "'none'", why: 'the site submits no form' }] },
  { name: 'frame-ancestors', sources: [{ value: "'none'", why: 'no page is meant to be framed by another site' }] },
];

/**
 * The policy of the files in /_astro/. A CSP on a script or stylesheet the page loads has no effect;
 * it matters for the playground's Worker, a module script of the site that the browser runs under
 * the policy of its own response, not the page's. The CPU threads it starts from Blob URLs inherit
 * it. So a reader's program runs with no way to load anything, whatever the lock-down misses.
 */
export const workerPolicy: readonly CspDirective[] = [
  { name: 'default-src', sources: [{ value: "'none'", why: "a program reaches no network: the lab's services are in memory" }] },
  {
    name: 'script-src',
    sources: [
      { value: "'self'", why: "the Worker's own script" },
      {
        value: "'unsafe-eval'",
        why: "the runner compiles the reader's program with new Function (src/runner/run-program.ts), and each CPU thread compiles its task the same way (src/lab/cpu/thread-script.ts)",
      },
    ],
  },
  {
    name: 'worker-src',
    sources: [{ value: 'blob:', why: 'the CPU-pool threads start from Blob URLs (src/runner/worker/locked-threads.ts)' }],
  },
];

/** A policy as a header value, with the inline hashes filled in. */
export function policyText(policy: readonly CspDirective[], inline: InlineHashes): string {
  return policy
    .map(({ name, sources }) =>
      [name, ...sources.flatMap((s) => ('value' in s ? [s.value] : inline[s.hashesOf].map((h) => `'${h}'`)))].join(' '),
    )
    .join('; ');
}

export const cacheControl = {
  /** Vite names every file in /_astro/ after a hash of its content: a changed file is a new URL. */
  immutable: 'public, max-age=31536000, immutable',
  /** Pages and unhashed files (Pagefind's entry point, the favicon): kept, but checked on every use (a 304 when unchanged). */
  revalidate: 'no-cache',
} as const;

/** The folder of hashed build output. */
export const hashedAssetsPrefix = '/_astro/';

/** Which files a rule applies to. */
export type RuleScope = 'hashed-assets' | 'everything-else';

/** Headers for one part of the site. The scopes do not overlap, so no file gets a header twice. */
export interface HeaderRule {
  scope: RuleScope;
  headers: Readonly<Record<string, string>>;
}

export interface HeaderRuleOptions {
  /** Where browsers should report violations (`report-uri`): a collector, or the tests, which catch them this way in Workers. */
  reportUri?: string;
}

/** Every rule, for a build whose pages carry `inline`. */
export function headerRules(inline: InlineHashes, options: HeaderRuleOptions = {}): HeaderRule[] {
  const report: CspDirective[] = options.reportUri
    ? [{ name: 'report-uri', sources: [{ value: options.reportUri, why: 'violation reports' }] }]
    : [];
  const csp = (policy: readonly CspDirective[]) => policyText([...policy, ...report], inline);
  const always = { 'X-Content-Type-Options': 'nosniff' };
  return [
    {
      scope: 'hashed-assets',
      headers: { 'Cache-Control': cacheControl.immutable, 'Content-Security-Policy': csp(workerPolicy), ...always },
    },
    {
      scope: 'everything-else',
      headers: { 'Cache-Control': cacheControl.revalidate, 'Content-Security-Policy': csp(pagePolicy), ...always },
    },
  ];
}

/**
 * Compression where the server does it on the fly (nginx; Netlify and Cloudflare compress on their
 * own). Only text: images other than SVG and Pagefind's index chunks are compressed already.
 */
export const compression = {
  types: [
    'text/html',
    'text/css',
    'application/javascript',
    'text/javascript',
    'application/json',
    'image/svg+xml',
    'text/xml',
    'application/xml',
    'text/plain',
  ],
  /** gzip and brotli level 6: most of the gain of the highest levels at a fraction of their time per response. */
  level: 6,
  /** Below this many bytes a compressed response saves less than its own overhead. */
  minLength: 256,
} as const;
