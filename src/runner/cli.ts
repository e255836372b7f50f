/**
 * `npm run lab -- path/to/program.ts [--locale en|pt-BR] [--trace out.json]`: runs a playground
 * program against the lab in Node exactly as the page's Worker does, with Node's own console
 * formatting. Reports follow the output; `--trace` writes the run's trace in the Chrome Trace
 * Event format (Perfetto, chrome://tracing); the exit code is 1 when the program fails to compile
 * or throws.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { toLocale, type Locale } from '../i18n/locales';
import { nodeThreads } from '../lab/cpu/node-threads';
import { formatMsFigure } from '../i18n/format';
import { toChromeTrace } from '../lab/trace/chrome-trace';
import { partNames } from '../lab/trace/trace-text';
import { describeThrown } from './describe-thrown';
import { runnerText } from './messages';
import { runProgram, type RunOutcome } from './run-program';

const usage = 'usage: npm run lab -- path/to/program.ts [--locale en|pt-BR] [--trace out.json]';

/** The program's path, the reports' locale and where the trace goes, or null when the arguments do not fit the usage line. */
function readArgs(argv: string[]): { file: string; locale: Locale; trace: string | undefined } | null {
  try {
    const options = { locale: { type: 'string' }, trace: { type: 'string' } } as const;
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    if (values.trace === '') return null;
    return positionals.length === 1 ? { file: positionals[0]!, locale: toLocale(values.locale), trace: values.trace } : null;
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
  if (args.trace && outcome.trace) {
    try {
      writeFileSync(args.trace, JSON.stringify(toChromeTrace(outcome.trace, partNames[args.locale])));
      console.error(runnerText[args.locale].cliTraceWritten(args.trace, outcome.trace.spans.length));
    } catch (e) {
      console.error(`${args.trace}: ${(e as Error).message}`);
      return 2;
    }
  }
  const label = runnerText[args.locale].cliUnhandledRejection;
  for (const reason of unhandled) console.error(`${args.file}: ${label}: ${describeThrown(reason)}`);
  return outcome.ok && unhandled.length === 0 ? 0 : 1;
}

process.exitCode = await main();
