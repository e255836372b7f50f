/**
 * Runs a playground program (playgrounds/<id>/<locale>.ts) in Node exactly as the page's Worker
 * does: through `runProgram`, against a fresh lab world, with Node's real CPU threads. Records
 * what the program printed (formatted as Node's console would, and the raw values), the lab's
 * reports and the run's outcome, so tests can assert what a lesson claims.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { Console } from 'node:console';
import { Writable } from 'node:stream';
import { format } from 'node:util';
import { fileURLToPath } from 'node:url';
import { locales, type Locale } from '~/i18n/locales';
import { nodeThreads } from '~/lab/cpu/node-threads';
import type { CpuThreads } from '~/lab/cpu/threads';
import type { LabWorld } from '~/lab/world';
import { runProgram, type RunOutcome } from '~/runner/run-program';

/** The folder that holds one sub-folder per playground. */
const playgroundsDir = fileURLToPath(new URL('../../../playgrounds/', import.meta.url));

type Level = 'log' | 'info' | 'warn' | 'error' | 'debug' | 'table';

/** One console call: its level, the raw values passed, and the text Node would print. */
interface ConsoleCall {
  level: Level;
  args: unknown[];
  text: string;
}

/** A lab report (query log, pool, Redis, HTTP, CPU...), in the run's locale. */
interface Report {
  title: string;
  lines: string[];
}

/** Everything one run of a playground produced. */
export interface PlaygroundRun {
  id: string;
  locale: Locale;
  outcome: RunOutcome;
  /** Every console call in order. */
  calls: ConsoleCall[];
  /** The printed text split into lines (a multi-line call or a table gives several). */
  lines: string[];
  /** The whole printed text. */
  text: string;
  /** The raw data of each `console.table` call. */
  tables: unknown[];
  reports: Report[];
  /**
   * The run's lab world, kept after the run so a test can read what the lab recorded: the
   * `@lab/db` query log, `@lab/redis` and `@lab/http` stats. (Resolving a module the program did
   * not import creates an empty one.)
   */
  world: LabWorld;
}

/** Ids of every playground folder, sorted. */
export function playgroundIds(): string[] {
  return (
    readdirSync(playgroundsDir)
      // playgrounds/exercises/ holds the exercises, one folder each (tests/exercises/).
      .filter((name) => name !== 'exercises' && statSync(`${playgroundsDir}${name}`).isDirectory())
      .sort()
  );
}

/** Path of a playground's source in one language. */
export function playgroundPath(id: string, locale: Locale): string {
  return `${playgroundsDir}${id}/${locale}.ts`;
}

/** The TypeScript source of a playground in one language. */
export function playgroundSource(id: string, locale: Locale): string {
  return readFileSync(playgroundPath(id, locale), 'utf8');
}

/** Renders `console.table` as Node's console does, without colours. */
function renderTable(data: unknown, columns?: string[]): string {
  let out = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      out += String(chunk);
      done();
    },
  });
  new Console({ stdout: sink, stderr: sink, colorMode: false }).table(data, columns);
  return out.replace(/\n$/, '');
}

/** How a run is set up: the CPU threads default to Node's real ones and the machine's core count. */
export interface RunOptions {
  cpu?: CpuThreads;
}

/** Runs any program source through the runner, recording output, reports and outcome. */
export async function runSource(
  source: string,
  locale: Locale,
  filename = 'program.ts',
  id = filename,
  options: RunOptions = {},
): Promise<PlaygroundRun> {
  const calls: ConsoleCall[] = [];
  const tables: unknown[] = [];
  const reports: Report[] = [];
  let world: LabWorld | undefined;
  const record =
    (level: Exclude<Level, 'table'>) =>
    (...args: unknown[]) =>
      calls.push({ level, args, text: format(...args) });
  const outcome = await runProgram(source, filename, {
    console: {
      log: record('log'),
      info: record('info'),
      warn: record('warn'),
      error: record('error'),
      debug: record('debug'),
      table(data, columns) {
        tables.push(data);
        calls.push({ level: 'table', args: columns ? [data, columns] : [data], text: renderTable(data, columns) });
      },
    },
    report: (title, lines) => reports.push({ title, lines }),
    locale,
    cpu: options.cpu ?? nodeThreads,
    observe: (w) => (world = w),
  });
  if (!world) throw new Error(`${filename}: the run ended before its lab world existed`);
  const lines = calls.flatMap((c) => c.text.split('\n'));
  return { id, locale, outcome, calls, lines, text: lines.join('\n'), tables, reports, world };
}

/** Runs playgrounds/<id>/<locale>.ts as the page would. */
export function runPlayground(id: string, locale: Locale, options: RunOptions = {}): Promise<PlaygroundRun> {
  return runSource(playgroundSource(id, locale), locale, `${locale}.ts`, id, options);
}

/** A readable dump of a run for failure messages: outcome, printed lines and reports. */
export function describeRun(run: PlaygroundRun): string {
  const reports = run.reports.map((r) => `── ${r.title} ──\n  ${r.lines.join('\n  ')}`).join('\n');
  return `${run.id} (${run.locale}): ${JSON.stringify(run.outcome)}\n${run.text}\n${reports}`;
}

export { locales };
