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
}

function quoted(value: string): string {
  if (/["\\$]/.test(value)) throw new Error(`cannot put ${value} in an nginx string`);
  return `"${value}"`;
}

const locations: Record<RuleScope, string> = { 'hashed-assets': `location ${hashedAssetsPrefix}`, 'everything-else': 'location /' };

/** The `server { … }` text for `rules`. */
export function renderNginxServer(rules: readonly HeaderRule[], options: NginxServerOptions): string {
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
    return [`  ${locations[rule.scope]} {`, ...headers, '    try_files $uri $uri/ =404;', '  }'].join('\n');
  });
  return [
    '# Generated from src/data/http-headers.ts for one build: the Content-Security-Policy lists the hashes of its inline scripts.',
    'server {',
    `  listen ${options.listen};`,
    `  root ${quoted(options.root)};`,
    '  index index.html;',
    '  absolute_redirect off;',
    '  error_page 404 /404.html;',
    ...compress.map((line) => `  ${line}`),
    `  # The static hosts' rules file is not part of the site.`,
    `  location = /${headersFileName} {`,
    '    return 404;',
    '  }',
    ...blocks,
    '}',
    '',
  ].join('\n');
}
