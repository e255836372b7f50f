/** Every piece of text of a load run's chart in the output panel, in both languages. Figures arrive formatted. */
import type { Localized } from '../i18n/locales';

export interface LoadChartText {
  /** Names the chart/table switch and its two buttons. */
  viewLabel: string;
  chart: string;
  table: string;
  runPicker: string;
  trafficTitle: string;
  latencyTitle: string;
  timeAxis: string;
  legend: { completed: string; errors: string; refused: string; arrival: string; p50: string; p90: string; p99: string };
  /** The SVG's title and its text equivalent. */
  svgTitle(run: string): string;
  svgDesc(f: { sent: string; seconds: string; peakRate: string; worstP99: string; errors: string; refused: string }): string;
  /** Little's law on the run: measured L next to λ × W. */
  little(f: { measured: string; rate: string; latency: string; predicted: string }): string;
  tableCaption(run: string): string;
  columns: {
    second: string;
    sent: string;
    completed: string;
    failed: string;
    timedOut: string;
    refused: string;
    p50: string;
    p90: string;
    p99: string;
    inFlight: string;
  };
  secondsCut(shown: string, total: string): string;
  runsCut(hidden: string): string;
}

/** The load chart's text, by locale. */
export const loadChartText: Localized<LoadChartText> = {
  'pt-BR': {
    viewLabel: 'Mostrar a carga como',
    chart: 'Gráfico',
    table: 'Tabela',
    runPicker: 'Carga',
    trafficTitle: 'Requisições por segundo virtual',
    latencyTitle: 'Latência (ms) das que terminaram no segundo',
    timeAxis: 'segundo virtual',
    legend: {
      completed: 'concluídas',
      errors: 'erros (falhas e timeouts)',
      refused: 'recusadas (429)',
      arrival: 'taxa de chegada',
      p50: 'p50',
      p90: 'p90',
      p99: 'p99',
    },
    svgTitle: (run) => `${run}: requisições e latência por segundo virtual`,
    svgDesc: (f) =>
      `${f.sent} requisições em ${f.seconds} s; pico de ${f.peakRate} requisições num segundo; pior p99 de um segundo: ${f.worstP99} ms; ${f.errors} erros e ${f.refused} recusadas. O modo Tabela lista cada segundo.`,
    little: (f) => `Lei de Little: L medido (média em andamento) ${f.measured} · λ × W = ${f.rate}/s × ${f.latency} ms = ${f.predicted}`,
    tableCaption: (run) => `${run}, por segundo virtual`,
    columns: {
      second: 'Segundo',
      sent: 'Enviadas',
      completed: 'Concluídas',
      failed: 'Falhas',
      timedOut: 'Timeouts',
      refused: 'Recusadas',
      p50: 'p50 (ms)',
      p90: 'p90 (ms)',
      p99: 'p99 (ms)',
      inFlight: 'Em andamento (média)',
    },
    secondsCut: (shown, total) => `Mostrando os primeiros ${shown} de ${total} segundos.`,
    runsCut: (hidden) => `Mais ${hidden} cargas ficaram fora do gráfico.`,
  },
  en: {
    viewLabel: 'Show the load run as',
    chart: 'Chart',
    table: 'Table',
    runPicker: 'Run',
    trafficTitle: 'Requests per virtual second',
    latencyTitle: 'Latency (ms) of those that ended in the second',
    timeAxis: 'virtual second',
    legend: {
      completed: 'completed',
      errors: 'errors (failed and timed out)',
      refused: 'refused (429)',
      arrival: 'arrival rate',
      p50: 'p50',
      p90: 'p90',
      p99: 'p99',
    },
    svgTitle: (run) => `${run}: requests and latency per virtual second`,
    svgDesc: (f) =>
      `${f.sent} requests over ${f.seconds} s; at most ${f.peakRate} requests in one second; worst p99 of a second: ${f.worstP99} ms; ${f.errors} errors and ${f.refused} refused. The table view lists every second.`,
    little: (f) => `Little's law: measured L (mean in flight) ${f.measured} · λ × W = ${f.rate}/s × ${f.latency} ms = ${f.predicted}`,
    tableCaption: (run) => `${run}, per virtual second`,
    columns: {
      second: 'Second',
      sent: 'Sent',
      completed: 'Completed',
      failed: 'Failed',
      timedOut: 'Timed out',
      refused: 'Refused',
      p50: 'p50 (ms)',
      p90: 'p90 (ms)',
      p99: 'p99 (ms)',
      inFlight: 'In flight (mean)',
    },
    secondsCut: (shown, total) => `Showing the first ${shown} of ${total} seconds.`,
    runsCut: (hidden) => `${hidden} more runs are left out of the chart.`,
  },
};
