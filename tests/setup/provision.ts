/**
 * Runs before `npm test`: makes sure Chromium, redis-server and nginx are there, installing them from the
 * system's packages when that is ours to do (root on Debian/Ubuntu), and otherwise stopping at once
 * with the command to run, before any test starts.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { nginxSystemFiles } from './nginx-config';
import { neededTools, provisionPlan } from './system-tools';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(program: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' }).status === 0;
}

function probe() {
  return neededTools({
    chromium: executable(chromiumPath),
    redisServer: onPath('redis-server'),
    nginx: executable(nginxSystemFiles.binary),
    nginxBrotli: existsSync(nginxSystemFiles.brotliFilter),
  });
}

if (process.env.CHROMIUM_PATH && !executable(chromiumPath)) {
  // Installing Debian's Chromium would not help: the tests would still look where CHROMIUM_PATH says.
  console.error(`CHROMIUM_PATH is ${chromiumPath}, which is not an executable; point it at Chromium or unset it to use /usr/bin/chromium.`);
  process.exit(1);
}

const plan = provisionPlan(probe(), { root: process.getuid?.() === 0, apt: onPath('apt-get') });
if (plan.kind === 'ask') {
  console.error(plan.message);
  process.exit(1);
}
if (plan.kind === 'install') {
  console.log(`Installing ${plan.packages.join(', ')} for the tests (apt-get)…`);
  for (const [command, ...args] of plan.commands) {
    const result = spawnSync(command!, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) {
      console.error(
        `\`${[command, ...args].join(' ')}\` failed (exit ${result.status}); install ${plan.packages.join(' ')} by hand and run npm test again.`,
      );
      process.exit(1);
    }
  }
  const still = probe().filter((t) => !t.present);
  if (still.length > 0) {
    console.error(`Still missing after apt-get: ${still.map((t) => t.aptPackage).join(', ')}.`);
    process.exit(1);
  }
}
