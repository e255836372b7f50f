/**
 * How much of one run's output the page accepts and renders. These limits are applied by the page
 * itself (`output-model.ts`), so a program that defeats the Worker's own caps still cannot make
 * the page render without bound. Past a limit the reader sees a note saying what was cut.
 */
import { LOAD_CHART_RUNS, LOAD_CHART_SECONDS, LOAD_LABEL_CHARS } from '../lab/load/chart-data';
import { POSTED_SPAN_CAP } from '../lab/trace/cap';
import { OUTPUT_LINE_CAP } from '../runner/protocol';

export const PAGE_OUTPUT_LIMITS = {
  /** Events received per run after which the page ends the run and terminates its Worker. */
  flood: 20_000,
  /** Events (console calls, reports, errors) accepted per run; the rest is dropped. */
  events: 2_000,
  /** Console lines shown per run (a table counts its header and each row). */
  lines: OUTPUT_LINE_CAP,
  /** Characters of one printed text, report line or table cell shown. */
  lineChars: 10_000,
  /** Characters shown per run, over every entry. */
  runChars: 400_000,
  /** Characters of one error message with its stack. */
  errorChars: 4_000,
  /** Errors shown per run (unhandled rejections come one per promise). */
  errors: 50,
  /** Lab reports shown per run. */
  reports: 50,
  /** Lines of one lab report. */
  reportLines: 500,
  /** Cells of one `console.table` (header included). */
  tableCells: 2_000,
  /** Columns of one `console.table`. */
  tableColumns: 40,
  /** Characters of one table cell. */
  cellChars: 200,
  /** Characters of a report's title. */
  titleChars: 200,
  /** Runs of one load chart (a load chart counts as a report). */
  loadRuns: LOAD_CHART_RUNS,
  /** Virtual seconds charted per load run. */
  loadSeconds: LOAD_CHART_SECONDS,
  /** Characters of a load run's name. */
  loadLabelChars: LOAD_LABEL_CHARS,
  /** Spans of a run's trace accepted (what the timeline draws; the rest are summarised). */
  traceSpans: POSTED_SPAN_CAP,
  /** Measures, marks and comparison rows of a run's trace accepted (each). */
  traceMeasures: 200,
  /** Characters of a span's label, a measure's name or one detail. */
  traceTextChars: 400,
  /** Details kept per span. */
  traceDetails: 12,
} as const;

/** A limit that, once reached, drops the rest of a run's output of that kind. */
export type RunLimit = 'events' | 'lines' | 'chars' | 'errors' | 'reports';
