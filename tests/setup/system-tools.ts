/**
 * What `npm test` needs from the system besides npm packages, and how to get it: Chromium for the
 * browser tests (never a downloaded browser), redis-server for the Redis contract suite, and nginx
 * with its brotli module for the smoke pass behind a real web server.
 * Pure: the probes come in, a plan comes out, so the decision is unit-tested without a machine.
 */

/** A program the tests need, with the Debian/Ubuntu package that brings it. */
export interface SystemTool {
  /** What the tests use it for, for the reader of the message. */
  purpose: string;
  /** Debian/Ubuntu package name. */
  aptPackage: string;
  /** Whether it is there now. */
  present: boolean;
}

/** What the machine lets us do about missing tools. */
export interface Machine {
  /** Running as root (uid 0): apt-get can install without sudo. */
  root: boolean;
  /** apt-get exists (Debian, Ubuntu and derivatives). */
  apt: boolean;
}

export type ProvisionPlan =
  { kind: 'ready' } | { kind: 'install'; packages: string[]; commands: string[][] } | { kind: 'ask'; message: string };

/** Which of the tools are on this machine. */
export interface Probes {
  chromium: boolean;
  redisServer: boolean;
  nginx: boolean;
  /** nginx's brotli filter module, a separate Debian package. */
  nginxBrotli: boolean;
}

/** The tools `npm test` needs, as found on this machine. */
export function neededTools(present: Probes): SystemTool[] {
  return [
    {
      purpose: 'the browser tests (Playwright drives it; set CHROMIUM_PATH if it lives elsewhere)',
      aptPackage: 'chromium',
      present: present.chromium,
    },
    {
      purpose: 'the Redis contract tests (the setup starts its own server on 127.0.0.1)',
      aptPackage: 'redis-server',
      present: present.redisServer,
    },
    {
      purpose: 'the smoke pass behind a real web server (the setup starts its own nginx on 127.0.0.1)',
      aptPackage: 'nginx',
      present: present.nginx,
    },
    {
      purpose: 'the brotli compression the shipped nginx config turns on',
      aptPackage: 'libnginx-mod-http-brotli-filter',
      present: present.nginxBrotli,
    },
  ];
}

/**
 * Decides what to do: nothing, install with apt-get (as root on Debian/Ubuntu), or stop with the
 * exact command a person should run, since installing system packages is theirs to decide.
 */
export function provisionPlan(tools: readonly SystemTool[], machine: Machine): ProvisionPlan {
  const missing = tools.filter((t) => !t.present);
  if (missing.length === 0) return { kind: 'ready' };
  const packages = missing.map((t) => t.aptPackage);
  if (machine.apt && machine.root) {
    return {
      kind: 'install',
      packages,
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages],
      ],
    };
  }
  const lines = missing.map((t) => `  - ${t.aptPackage}: for ${t.purpose}`);
  const how = machine.apt
    ? `Install them with:\n  sudo apt-get install ${packages.join(' ')}`
    : `Install them with your system's package manager (macOS: brew install --cask chromium; brew install redis),\nand set CHROMIUM_PATH to Chromium's executable if it is not at /usr/bin/chromium.\nThe nginx tests expect Debian's layout (/etc/nginx/mime.types, /usr/lib/nginx/modules).`;
  return { kind: 'ask', message: `npm test needs programs this machine does not have:\n${lines.join('\n')}\n${how}` };
}
