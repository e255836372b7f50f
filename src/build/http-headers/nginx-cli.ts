/**
 * Prints the nginx `server` block for the build in `dist/`, to include in a stock nginx.conf. Its
 * policy names that build's inline script hashes: render it again after every build.
 *
 *   npm run --silent nginx:config -- --root /srv/site [--listen 80] [--brotli] [--base /modulo-05/] > site.conf
 *
 * --root defaults to the absolute path of dist/; --brotli needs the brotli filter module loaded
 * (Debian: apt-get install libnginx-mod-http-brotli-filter, which enables it); --base is the SITE_BASE
 * the build was made with.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { headerRules } from '../../data/http-headers';
import { readBuiltSite } from './built-site';
import { renderNginxServer } from './nginx-config';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    root: { type: 'string' },
    listen: { type: 'string', default: '80' },
    brotli: { type: 'boolean', default: false },
    base: { type: 'string', default: '/' },
  },
});
const dist = resolve(values.dist);
const site = readBuiltSite(dist, values.base);
const options = { listen: values.listen, root: values.root ?? dist, brotli: values.brotli, base: values.base };
process.stdout.write(renderNginxServer(headerRules(site.inline), options));
