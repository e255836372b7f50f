/**
 * The whole nginx configuration the browser tests run: a minimal main context around the site's
 * own `server` block (src/build/http-headers/nginx-config.ts), with the pid file, the logs and
 * every temporary path inside one prefix directory, so nginx runs as the current user and touches
 * nothing outside it. Only the system's MIME types and modules are read from where Debian puts them.
 */

/** Where Debian's nginx and its brotli module package (libnginx-mod-http-brotli-filter) keep their files. */
export const nginxSystemFiles = {
  /** In /usr/sbin, which is not on every user's PATH. */
  binary: '/usr/sbin/nginx',
  mimeTypes: '/etc/nginx/mime.types',
  brotliFilter: '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so',
} as const;

/**
 * Where the tests' policies ask browsers to report violations (the tests intercept it): the only way
 * to hear of one inside a Worker, whose refusals reach neither the page's events nor its console.
 */
export const cspReportPath = '/__csp-report';

export interface TestNginxOptions {
  /** The prefix directory (`nginx -p`): pid, logs and temp files go here. */
  prefix: string;
  /** The server block to serve. */
  server: string;
  /** Whether to load the brotli filter module. */
  brotli: boolean;
  /** Set when the tests run as root: nginx's workers would otherwise switch to `nobody`, who may not read the build. */
  user?: string;
}

/** The text of `nginx.conf` for `nginx -p <prefix> -c <prefix>/nginx.conf -g 'daemon off;'`. */
export function testNginxConfig(options: TestNginxOptions): string {
  const { prefix } = options;
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${prefix}/temp/${kind};`);
  return [
    ...(options.brotli ? [`load_module ${nginxSystemFiles.brotliFilter};`] : []),
    ...(options.user ? [`user ${options.user};`] : []),
    'worker_processes 1;',
    `pid ${prefix}/nginx.pid;`,
    'error_log stderr warn;',
    'events {',
    '  worker_connections 256;',
    '}',
    'http {',
    `  include ${nginxSystemFiles.mimeTypes};`,
    '  default_type application/octet-stream;',
    '  access_log off;',
    '  sendfile on;',
    ...temp,
    options.server.replace(/^(?=.)/gm, '  ').trimEnd(),
    '}',
    '',
  ].join('\n');
}
