import type { Localized } from '../i18n/locales';

/** Every sentence the runner and `npm run lab` say to a reader, in both languages. */
export interface RunnerTexts {
  unknownModule(name: string, available: string[]): string;
  waitingForever: string;
  simulatedTimeCap(days: number): string;
  timerCap(count: number): string;
  // npm run lab
  cliTiming(simulatedMs: string, realMs: string): string;
  /** `--trace` wrote the run's trace to `file`. */
  cliTraceWritten(file: string, spans: number): string;
  cliCompileError: string;
  cliError: string;
  cliUnhandledRejection: string;
}

/** The runner's sentences, by locale. */
export const runnerText: Localized<RunnerTexts> = {
  'pt-BR': {
    unknownModule: (name, available) => `Módulo '${name}' não existe no laboratório. Disponíveis: ${available.join(', ')}.`,
    waitingForever:
      'O programa está esperando algo que nunca vai acontecer: nenhum timer, I/O ou tarefa de CPU está pendente, e a promise principal não terminou.',
    simulatedTimeCap: (days) => `Tempo simulado passou de ${days} dias: algum timer (um setInterval sem clearInterval?) nunca para.`,
    timerCap: (count) =>
      `Mais de ${count.toLocaleString('pt-BR')} timers disparados: algum timer (um setInterval sem clearInterval?) nunca para.`,
    cliTiming: (simulatedMs, realMs) => `⏱ simulado ${simulatedMs} ms · real ${realMs} ms`,
    cliTraceWritten: (file, spans) => `trace com ${spans} spans gravado em ${file} (abra no Perfetto ou em chrome://tracing)`,
    cliCompileError: 'erro de compilação',
    cliError: 'erro',
    cliUnhandledRejection: 'rejeição de promise não tratada',
  },
  en: {
    unknownModule: (name, available) => `Module '${name}' does not exist in the lab. Available: ${available.join(', ')}.`,
    waitingForever:
      'The program is waiting for something that can never happen: no timer, I/O or CPU task is pending, and the main promise has not settled.',
    simulatedTimeCap: (days) => `Simulated time went past ${days} days: some timer (a setInterval never cleared?) never stops.`,
    timerCap: (count) => `More than ${count.toLocaleString('en')} timers fired: some timer (a setInterval never cleared?) never stops.`,
    cliTiming: (simulatedMs, realMs) => `⏱ simulated ${simulatedMs} ms · real ${realMs} ms`,
    cliTraceWritten: (file, spans) => `trace with ${spans} spans written to ${file} (open it in Perfetto or chrome://tracing)`,
    cliCompileError: 'compile error',
    cliError: 'error',
    cliUnhandledRejection: 'unhandled promise rejection',
  },
};
