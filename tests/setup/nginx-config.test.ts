import { describe, expect, it } from 'vitest';
import { testNginxConfig } from './nginx-config';

const server = 'server {\n  listen 127.0.0.1:8080;\n}\n';

describe('the nginx configuration the browser tests run', () => {
  it('keeps everything nginx writes inside its prefix directory', () => {
    const config = testNginxConfig({ prefix: '/srv/nginx-prefix', server, brotli: false });
    expect(config).toContain('pid /srv/nginx-prefix/nginx.pid;');
    expect(config).toContain('error_log stderr warn;');
    for (const kind of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
      expect(config).toContain(`${kind}_temp_path /srv/nginx-prefix/temp/${kind};`);
    expect(config).toMatch(/http \{[\s\S]*\n {2}server \{\n {4}listen 127\.0\.0\.1:8080;\n {2}\}\n\}/);
  });

  it('loads the brotli module and names a user only when asked', () => {
    const bare = testNginxConfig({ prefix: '/srv/nginx-prefix', server, brotli: false });
    expect(bare).not.toMatch(/load_module|^user /m);
    const full = testNginxConfig({ prefix: '/srv/nginx-prefix', server, brotli: true, user: 'builder' });
    expect(full).toMatch(/^load_module \/usr\/lib\/nginx\/modules\/ngx_http_brotli_filter_module\.so;$/m);
    expect(full).toMatch(/^user builder;$/m);
  });
});
