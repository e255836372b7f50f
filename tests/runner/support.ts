import { nodeThreads } from '~/lab/cpu/node-threads';
import type { Locale } from '~/i18n/locales';
import { tableToText } from '~/runner/format/table-text';
import type { LoadChartRun } from '~/lab/load/chart-data';
import type { Printed } from '~/runner/protocol';
import { runProgram, type RunOutcome } from '~/runner/run-program';

/** What a run printed and reported, plus its outcome. */
export interface Captured {
  outcome: RunOutcome;
  logs: string[];
  reports: { title: string; lines: string[] }[];
  /** Load runs a report carried to chart, with the report's title. */
  charts: { title: string; runs: LoadChartRun[] }[];
}

/** Runs a program with a host that records console lines (values joined by spaces) and reports. */
export async function run(source: string, locale: Locale = 'en', filename = 'program.ts'): Promise<Captured> {
  const logs: string[] = [];
  const reports: { title: string; lines: string[] }[] = [];
  const charts: Captured['charts'] = [];
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
    report: (title, lines, load) => {
      reports.push({ title, lines });
      if (load) charts.push({ title, runs: load });
    },
    locale,
    cpu: nodeThreads,
  });
  return { outcome, logs, reports, charts };
}

/** Plain text of printed parts, tables drawn as Node's console.table draws them: what the oracle tests compare. */
export function printedToText(parts: readonly Printed[]): string {
  return parts.map((p) => (p.kind === 'text' ? p.text : tableToText(p))).join('\n');
}
