/**
 * Renders the header rules and the compression settings as an nginx `server` block serving a
 * build: gzip always, brotli when the server has the module (Debian: libnginx-mod-http-brotli-filter).
 * `add_header ... always` so error pages (the 404 page) carry the headers too; each location lists
 * all its headers because nginx drops the outer `add_header`s in a location that has its own.
 */
import { compression, hashedAssetsPrefix, type HeaderRule, type RuleScope } from '../../data/http-headers';
import { headersFileName } from './headers-file';

export interface NginxServerOptions {
  /** What `listen` gets: `80`, `127.0.0.1:8080`. */
  listen: string;
  /** The absolute path of the built site. */
  root: string;
  /** Whether the brotli filter module is loaded. */
  brotli: boolean;
  /** The path the site is served under (Astro's `base`, with its trailing slash); the root by default. */
  base?: string;
}

function quoted(value: string): string {
  if (/["\\$]/.test(value)) throw new Error(`cannot put ${value} in an nginx string`);
  return `"${value}"`;
}

/** Where each rule's files are, under `base`, and (for a sub-path) the folder of the build they map to. */
function ruleLocations(base: string, root: string): Record<RuleScope, { path: string; alias: string }> {
  const hashed = hashedAssetsPrefix.slice(1);
  return {
    'hashed-assets': { path: `${base}${hashed}`, alias: `${root}/${hashed}` },
    'everything-else': { path: base, alias: `${root}/` },
  };
}

/**
 * The `server { … }` text for `rules`. Under a sub-path the build is mapped there with `alias`, and
 * everything outside it answers 404, as on a host that serves the site in one folder of its own.
 */
export function renderNginxServer(rules: readonly HeaderRule[], options: NginxServerOptions): string {
  const base = options.base ?? '/';
  const atRoot = base === '/';
  const locations = ruleLocations(base, options.root.replace(/\/+$/, ''));
  // text/html is always compressed; listing it makes nginx warn of a duplicate type.
  const types = compression.types.filter((t) => t !== 'text/html').join(' ');
  const compress = [
    'gzip on;',
    'gzip_vary on;',
    `gzip_comp_level ${compression.level};`,
    `gzip_min_length ${compression.minLength};`,
    `gzip_types ${types};`,
    ...(options.brotli
      ? ['brotli on;', `brotli_comp_level ${compression.level};`, `brotli_min_length ${compression.minLength};`, `brotli_types ${types};`]
      : []),
  ];
  const blocks = rules.map((rule) => {
    const headers = Object.entries(rule.headers).map(([name, value]) => `    add_header ${name} ${quoted(value)} always;`);
    const { path, alias } = locations[rule.scope];
    const folder = atRoot ? [] : [`    alias ${quoted(alias)};`];
    return [`  location ${path} {`, ...folder, ...headers, '    try_files $uri $uri/ =404;', '  }'].join('\n');
  });
  return [
    '# Generated from src/data/http-headers.ts for one build: the Content-Security-Policy lists the hashes of its inline scripts.',
    'server {',
    `  listen ${options.listen};`,
    ...(atRoot ? [`  root ${quoted(options.root)};`] : []),
    '  index index.html;',
    '  absolute_redirect off;',
    `  error_page 404 ${base}404.html;`,
    ...compress.map((line) => `  ${line}`),
    `  # The static hosts' rules file is not part of the site.`,
    `  location = ${base}${headersFileName} {`,
    '    return 404;',
    '  }',
    ...(atRoot ? [] : ['  location / {', '    return 404;', '  }']),
    ...blocks,
    '}',
    '',
  ].join('\n');
}
