/**
 * What `npm test` needs from the system besides npm packages, and how to get it: Chromium for the
 * browser tests (never a downloaded browser) and redis-server for the Redis contract suite.
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

/** The tools `npm test` needs, as found on this machine. */
export function neededTools(chromiumPresent: boolean, redisPresent: boolean): SystemTool[] {
  return [
    {
      purpose: 'the browser tests (Playwright drives it; set CHROMIUM_PATH if it lives elsewhere)',
      aptPackage: 'chromium',
      present: chromiumPresent,
    },
    {
      purpose: 'the Redis contract tests (the setup starts its own server on 127.0.0.1)',
      aptPackage: 'redis-server',
      present: redisPresent,
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
    : `Install them with your system's package manager (macOS: brew install --cask chromium; brew install redis),\nand set CHROMIUM_PATH to Chromium's executable if it is not at /usr/bin/chromium.`;
  return { kind: 'ask', message: `npm test needs programs this machine does not have:\n${lines.join('\n')}\n${how}` };
}
