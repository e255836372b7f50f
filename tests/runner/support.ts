import { nodeThreads } from '~/lab/cpu/node-threads';
import type { Locale } from '~/i18n/locales';
import { tableToText } from '~/runner/format/table-text';
import type { Printed } from '~/runner/protocol';
import { runProgram, type RunOutcome } from '~/runner/run-program';

/** What a run printed and reported, plus its outcome. */
export interface Captured {
  outcome: RunOutcome;
  logs: string[];
  reports: { title: string; lines: string[] }[];
}

/** Runs a program with a host that records console lines (values joined by spaces) and reports. */
export async function run(source: string, locale: Locale = 'en', filename = 'program.ts'): Promise<Captured> {
  const logs: string[] = [];
  const reports: { title: string; lines: string[] }[] = [];
  const line =
    (level: string) =>
    (...a: unknown[]) =>
      logs.push(`${level === 'log' ? '' : `${level}: `}${a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' ')}`);
  const outcome = await runProgram(source, filename, {
    console: {
      log: line('log'),
      info: line('info'),
      warn: line('warn'),
      error: line('error'),
      debug: line('debug'),
      table: (d) => logs.push(`table: ${JSON.stringify(d)}`),
    },
    report: (title, lines) => reports.push({ title, lines }),
    locale,
    cpu: nodeThreads,
  });
  return { outcome, logs, reports };
}

/** Plain text of printed parts, tables drawn as Node's console.table draws them: what the oracle tests compare. */
export function printedToText(parts: readonly Printed[]): string {
  return parts.map((p) => (p.kind === 'text' ? p.text : tableToText(p))).join('\n');
}
