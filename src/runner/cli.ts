/**
 * `npm run lab -- path/to/program.ts [--locale en|pt-BR]`: runs a playground program against the
 * lab in Node exactly as the page's Worker does, with Node's own console formatting. Reports
 * follow the output; the exit code is 1 when the program fails to compile or throws.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { toLocale, type Locale } from '../i18n/locales';
import { nodeThreads } from '../lab/cpu/node-threads';
import { formatMsFigure } from '../i18n/format';
import { describeThrown } from './describe-thrown';
import { runnerText } from './messages';
import { runProgram, type RunOutcome } from './run-program';

const usage = 'usage: npm run lab -- path/to/program.ts [--locale en|pt-BR]';

/** The program's path and the reports' locale, or null when the arguments do not fit the usage line. */
function readArgs(argv: string[]): { file: string; locale: Locale } | null {
  try {
    const options = { locale: { type: 'string' } } as const;
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return positionals.length === 1 ? { file: positionals[0]!, locale: toLocale(values.locale) } : null;
  } catch {
    return null;
  }
}

function printOutcome(file: string, outcome: RunOutcome, locale: Locale): void {
  const texts = runnerText[locale];
  console.error(`\n${texts.cliTiming(formatMsFigure(outcome.simulatedMs, locale), formatMsFigure(Math.round(outcome.realMs), locale))}`);
  if (outcome.error) {
    const where = outcome.error.line ? `${file}:${outcome.error.line}${outcome.error.column ? `:${outcome.error.column}` : ''}` : file;
    const phase = outcome.error.phase === 'compile' ? texts.cliCompileError : texts.cliError;
    console.error(`${where}: ${phase}: ${outcome.error.message}`);
  }
}

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2));
  if (!args) {
    console.error(usage);
    return 2;
  }
  let source: string;
  try {
    source = readFileSync(args.file, 'utf8');
  } catch (e) {
    console.error(`${args.file}: ${(e as Error).message}`);
    return 2;
  }
  const unhandled: unknown[] = [];
  process.on('unhandledRejection', (reason) => unhandled.push(reason));
  const outcome = await runProgram(source, args.file.split(/[\\/]/).pop()!, {
    console,
    locale: args.locale,
    cpu: nodeThreads,
    report(title, lines) {
      console.log(`\n── ${title} ──`);
      for (const line of lines) console.log(`  ${line}`);
    },
  });
  printOutcome(args.file, outcome, args.locale);
  const label = runnerText[args.locale].cliUnhandledRejection;
  for (const reason of unhandled) console.error(`${args.file}: ${label}: ${describeThrown(reason)}`);
  return outcome.ok && unhandled.length === 0 ? 0 : 1;
}

process.exitCode = await main();
