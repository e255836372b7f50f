import { formatCount } from '../../i18n/format';
import { esModule, type LabPart, type LabReport, type PartContext } from '../part';
import { chartRun, LOAD_CHART_RUNS } from './chart-data';
import type { LoadResult } from './measure';
import { loadText } from './messages';
import { readLoadOptions } from './options';
import { runLoad, type LoadHandler } from './run-load';
import { loadMs, summaryLines } from './summary';

/**
 * The `@lab/load` part: `await load(handler, { rate, duration })` puts the program's handler under
 * open-loop traffic on the virtual clock; `printSummary(result)` prints it as a load tester would.
 * The end-of-run report lists every run in one line each.
 */
export function loadPart(context: PartContext): LabPart {
  const { clock, locale } = context;
  const texts = loadText[locale];
  const runs: LoadResult[] = [];
  const labels: string[] = [];

  const loadReport = (): LabReport | null => {
    if (runs.length === 0) return null;
    const n = (v: number) => formatCount(v, locale);
    return {
      title: texts.reportTitle,
      lines: runs.map((r, i) =>
        texts.reportLine(
          labels[i]!,
          n(r.sent),
          r.arrivalRate.toLocaleString(locale, { maximumFractionDigits: 1 }),
          loadMs(r.latency.p99, locale),
          n(r.failed),
          n(r.timedOut),
          n(r.refused),
        ),
      ),
      load: runs.slice(0, LOAD_CHART_RUNS).map((r, i) => chartRun(r, labels[i]!)),
    };
  };

  return {
    module: esModule({
      /** Sends `rate` requests per second to `handler` for `duration` virtual ms and measures the run. */
      load: async (handler: unknown, options?: unknown): Promise<LoadResult> => {
        if (typeof handler !== 'function') throw new TypeError(texts.notAFunction(typeof handler));
        const { settings, label } = readLoadOptions(options, texts, locale);
        const result = await runLoad(clock, handler as LoadHandler, settings, (k) => {
          const at = clock.nowMs();
          context.trace.record('refusal', `429 #${k}`, at, at, { request: k, status: 429 });
        });
        runs.push(result);
        labels.push(label ?? texts.runName(runs.length));
        return result;
      },
      /** Every run's result so far, in the order they finished: a program (or a test) compares them. */
      runs: (): LoadResult[] => [...runs],
      /** The run's summary as text lines, in the page's language. */
      summary: (result: LoadResult) => summaryLines(result, texts, locale).join('\n'),
      /** Prints the run's summary now, as a report with an optional title. */
      printSummary: (result: LoadResult, title?: string) =>
        context.report(title === undefined ? texts.summaryTitle : String(title), summaryLines(result, texts, locale)),
    }),
    report: loadReport,
  };
}
