/** Every piece of text the playground shows, in both languages. */
import type { Localized } from '../i18n/locales';
import type { ConsoleLevel } from '../runner/protocol';
import type { RunLimit } from './output-limits';

export interface PlaygroundText {
  /** Heading of the playground box. */
  title: string;
  run: string;
  running: string;
  stop: string;
  reset: string;
  resetHint: string;
  /** Shown under the toolbar: how to run from the keyboard and how to leave the editor. */
  keyboardHint: string;
  /** Accessible name of the code, before and after the editor loads. */
  codeLabel(file: string): string;
  loadingEditor: string;
  /** Accessible name of the output panel; names the file, since a page has several. */
  outputLabel(file: string): string;
  idle: string;
  /** Screen-reader labels of console levels. */
  levels: Record<ConsoleLevel, string>;
  phase: Record<'compile' | 'runtime' | 'unhandled-rejection', string>;
  goToLine(line: number): string;
  /** Added to "x is not defined" for the page's globals a Worker does not have. */
  noPageAccess: string;
  /** A run-wide output limit was reached; the count is already formatted. */
  truncated: Record<RunLimit, (count: string) => string>;
  /** Characters cut from the end of one text, report or error. */
  cutChars(count: string): string;
  /** Lines cut from the end of one printed text. */
  cutLines(count: string): string;
  /** Rows and columns of a table not shown (counts formatted). */
  tableCut(rows: string, columns: string): string;
  /** Table cells cut to their first characters. */
  cutCells(count: string): string;
  /** Lines of a lab report not shown. */
  reportCut(count: string): string;
  report: string;
  simulated: string;
  real: string;
  statusRunning: string;
  statusOk: string;
  statusFailed: string;
  statusStopped: string;
  statusTimeLimit(seconds: string): string;
  statusCrashed(message: string): string;
  statusFlooded(events: string): string;
  /** A program over the size limit was not run (both counts formatted). */
  statusTooLarge(chars: string, max: string): string;
  edited: string;
  originalChanged: string;
  cannotSave: string;
  tooLargeToSave: string;
}

export const playgroundText: Localized<PlaygroundText> = {
  'pt-BR': {
    title: 'Playground em TypeScript',
    run: 'Executar',
    running: 'Executando…',
    stop: 'Parar',
    reset: 'Restaurar original',
    resetHint: 'Descarta suas alterações e volta ao código original.',
    keyboardHint: 'Ctrl+Enter (⌘+Enter no Mac) executa. No editor, Enter começa a edição e Tab indenta; Esc e depois Tab saem dele.',
    codeLabel: (file) => `Código de ${file}, editável`,
    loadingEditor: 'Carregando o editor…',
    outputLabel: (file) => `Saída de ${file}`,
    idle: 'Clique em Executar para ver a saída.',
    levels: { log: 'log', info: 'informação', warn: 'aviso', error: 'erro', debug: 'depuração' },
    phase: { compile: 'Erro de sintaxe', runtime: 'Erro', 'unhandled-rejection': 'Rejeição de promise não tratada' },
    goToLine: (line) => `linha ${line}`,
    noPageAccess: 'Os programas rodam num Worker isolado: sem página (document, window), sem localStorage, sem cookies.',
    truncated: {
      lines: (n) => `Saída cortada após ${n} linhas.`,
      events: (n) => `Saída cortada após ${n} mensagens (logs, erros e relatórios).`,
      chars: (n) => `Saída cortada após ${n} caracteres.`,
      errors: (n) => `Mais erros omitidos: mostrando só os primeiros ${n}.`,
      reports: (n) => `Mais relatórios omitidos: mostrando só os primeiros ${n}.`,
    },
    cutChars: (n) => `… mais ${n} caracteres omitidos.`,
    cutLines: (n) => `… mais ${n} linhas omitidas.`,
    tableCut: (rows, columns) => `Tabela cortada: ${rows} linhas e ${columns} colunas omitidas.`,
    cutCells: (n) => `${n} células mostram só os primeiros caracteres.`,
    reportCut: (n) => `… mais ${n} linhas do relatório omitidas.`,
    report: 'Relatório do laboratório',
    simulated: 'Tempo simulado',
    real: 'tempo real',
    statusRunning: 'Executando…',
    statusOk: 'Concluído.',
    statusFailed: 'Terminou com erro.',
    statusStopped: 'Parado por você.',
    statusTimeLimit: (s) => `Parado após ${s} s: loop infinito? O Worker do programa foi encerrado e substituído.`,
    statusCrashed: (m) => `O executor falhou (${m}). Tente executar de novo.`,
    statusTooLarge: (n, max) =>
      `Programa longo demais para executar: ${n} caracteres, e o limite é ${max}. Apague parte dele (ou “Restaurar original”) e execute de novo.`,
    statusFlooded: (n) => `Parado: o programa mandou mais de ${n} mensagens à página. O Worker do programa foi encerrado e substituído.`,
    edited: 'Esta é a sua versão, salva neste navegador.',
    originalChanged: 'O original mudou desde que você o editou; “Restaurar original” mostra a versão nova.',
    cannotSave: 'Este navegador não deixa a página salvar: suas alterações duram só até você sair.',
    tooLargeToSave: 'O código ficou grande demais para ser salvo; as alterações duram só até você sair.',
  },
  en: {
    title: 'TypeScript playground',
    run: 'Run',
    running: 'Running…',
    stop: 'Stop',
    reset: 'Reset to original',
    resetHint: 'Discards your changes and brings back the original code.',
    keyboardHint: 'Ctrl+Enter (⌘+Enter on a Mac) runs. In the editor, Enter starts editing and Tab indents; Esc, then Tab, moves on.',
    codeLabel: (file) => `Code of ${file}, editable`,
    loadingEditor: 'Loading the editor…',
    outputLabel: (file) => `Output of ${file}`,
    idle: 'Press Run to see the output.',
    levels: { log: 'log', info: 'info', warn: 'warning', error: 'error', debug: 'debug' },
    phase: { compile: 'Syntax error', runtime: 'Error', 'unhandled-rejection': 'Unhandled promise rejection' },
    goToLine: (line) => `line ${line}`,
    noPageAccess: 'Programs run in an isolated Worker: no page (document, window), no localStorage, no cookies.',
    truncated: {
      lines: (n) => `Output cut after ${n} lines.`,
      events: (n) => `Output cut after ${n} messages (logs, errors and reports).`,
      chars: (n) => `Output cut after ${n} characters.`,
      errors: (n) => `More errors left out: showing only the first ${n}.`,
      reports: (n) => `More reports left out: showing only the first ${n}.`,
    },
    cutChars: (n) => `… ${n} more characters left out.`,
    cutLines: (n) => `… ${n} more lines left out.`,
    tableCut: (rows, columns) => `Table cut: ${rows} rows and ${columns} columns left out.`,
    cutCells: (n) => `${n} cells show only their first characters.`,
    reportCut: (n) => `… ${n} more report lines left out.`,
    report: 'Lab report',
    simulated: 'Simulated time',
    real: 'real time',
    statusRunning: 'Running…',
    statusOk: 'Done.',
    statusFailed: 'Finished with an error.',
    statusStopped: 'Stopped by you.',
    statusTimeLimit: (s) => `Stopped after ${s} s: infinite loop? The program's Worker was terminated and replaced.`,
    statusCrashed: (m) => `The runner failed (${m}). Try running again.`,
    statusTooLarge: (n, max) =>
      `Program too long to run: ${n} characters, and the limit is ${max}. Delete part of it (or “Reset to original”) and run again.`,
    statusFlooded: (n) => `Stopped: the program sent more than ${n} messages to the page. Its Worker was terminated and replaced.`,
    edited: 'This is your version, saved in this browser.',
    originalChanged: 'The original changed since you edited it; “Reset to original” shows the new version.',
    cannotSave: 'This browser does not let the page save: your changes last until you leave.',
    tooLargeToSave: 'The code grew too large to save; your changes last until you leave.',
  },
};

/** Whether an error message is a program reaching for the page's globals, which a Worker lacks. */
export function isPageGlobalError(message: string): boolean {
  return /^ReferenceError: (document|window|localStorage|sessionStorage|alert) is not defined/.test(message);
}
