/** What this needs of Astro's resolved config. */
interface ConfigWithBase {
  base: string;
}

/** The path the site is served under, from Astro's resolved config, always with its trailing slash. */
export function configBase(config: ConfigWithBase): string {
  return config.base.endsWith('/') ? config.base : `${config.base}/`;
}
