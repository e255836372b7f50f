import type { Localized } from '../../i18n/locales';

/** Every sentence `@lab/load` says to a reader, in both languages. Figures arrive already formatted. */
export interface LoadTexts {
  notAFunction(got: string): string;
  badNumber(name: string, expected: 'positive' | 'nonNegative' | 'integer', got: string): string;
  badArrival(got: string): string;
  badProfile: string;
  tooMany(expected: string, limit: string): string;
  // The summary, in the layout of vegeta's text report: a label, the fields in brackets, the values.
  summaryTitle: string;
  requests: [label: string, fields: string];
  duration: [label: string, fields: string];
  latencies: [label: string, fields: string];
  outcomes: [label: string, fields: string];
  inFlight: [label: string, fields: string];
  little: [label: string, fields: string];
  errors: string;
  perSecond: string;
  // The end-of-run report: one line per run.
  reportTitle: string;
  /** A run's name when the program gave it no `label`. */
  runName(run: number): string;
  reportLine(run: string, sent: string, rate: string, p99: string, failed: string, timedOut: string, refused: string): string;
}

/** The load module's sentences, by locale. */
export const loadText: Localized<LoadTexts> = {
  'pt-BR': {
    notAFunction: (got) => `load(handler, opções): handler precisa ser uma função (recebeu ${got}).`,
    badNumber: (name, expected, got) =>
      `load: a opção '${name}' precisa ser ${
        expected === 'positive'
          ? 'um número maior que zero'
          : expected === 'integer'
            ? 'um número inteiro'
            : 'um número maior ou igual a zero'
      } (recebeu ${got}).`,
    badArrival: (got) => `load: a opção 'arrival' precisa ser 'constant' ou 'poisson' (recebeu ${got}).`,
    badProfile:
      "load: a opção 'profile' precisa ser { kind: 'steady' }, { kind: 'ramp', from, to } ou { kind: 'spike', at, duration, peak } (taxas em req/s, tempos em ms).",
    tooMany: (expected, limit) =>
      `load: esta carga enviaria cerca de ${expected} requisições; o limite do laboratório é ${limit} por execução (taxa × duração). Diminua a taxa ou a duração.`,
    summaryTitle: 'Teste de carga',
    requests: ['Requisições', '[enviadas, taxa, vazão]'],
    duration: ['Duração', '[total, envio, espera]'],
    latencies: ['Latências', '[mín, média, 50, 90, 95, 99, máx]'],
    outcomes: ['Resultados', '[ok, falhas, timeouts, recusadas (429)]'],
    inFlight: ['Em andamento', '[média, máx]'],
    little: ['Lei de Little', '[L medido, λ × W]'],
    errors: 'Erros',
    perSecond: '/s',
    reportTitle: 'Testes de carga',
    runName: (run) => `carga ${run}`,
    reportLine: (run, sent, rate, p99, failed, timedOut, refused) =>
      `${run}: ${sent} requisições a ${rate}/s, p99 ${p99} ms; ${failed} falhas, ${timedOut} timeouts, ${refused} recusadas`,
  },
  en: {
    notAFunction: (got) => `load(handler, options): handler must be a function (got ${got}).`,
    badNumber: (name, expected, got) =>
      `load: option '${name}' must be ${
        expected === 'positive' ? 'a number above zero' : expected === 'integer' ? 'a whole number' : 'a number of zero or more'
      } (got ${got}).`,
    badArrival: (got) => `load: option 'arrival' must be 'constant' or 'poisson' (got ${got}).`,
    badProfile:
      "load: option 'profile' must be { kind: 'steady' }, { kind: 'ramp', from, to } or { kind: 'spike', at, duration, peak } (rates in req/s, times in ms).",
    tooMany: (expected, limit) =>
      `load: this run would send about ${expected} requests; the lab's limit is ${limit} per run (rate × duration). Lower the rate or the duration.`,
    summaryTitle: 'Load test',
    requests: ['Requests', '[sent, rate, throughput]'],
    duration: ['Duration', '[total, sending, wait]'],
    latencies: ['Latencies', '[min, mean, 50, 90, 95, 99, max]'],
    outcomes: ['Outcomes', '[ok, failed, timed out, refused (429)]'],
    inFlight: ['In flight', '[mean, max]'],
    little: ["Little's law", '[measured L, λ × W]'],
    errors: 'Errors',
    perSecond: '/s',
    reportTitle: 'Load tests',
    runName: (run) => `run ${run}`,
    reportLine: (run, sent, rate, p99, failed, timedOut, refused) =>
      `${run}: ${sent} requests at ${rate}/s, p99 ${p99} ms; ${failed} failed, ${timedOut} timed out, ${refused} refused`,
  },
};
