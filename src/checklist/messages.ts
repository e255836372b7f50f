import type { Localized } from '../i18n/locales';
import type { ImportError } from './transfer';

/** Texts the tracker composes in the browser (counts, results of actions), in both languages. */
interface ChecklistMessages {
  count: (done: number, total: number) => string;
  announce: (done: number, total: number) => string;
  confirmBody: (done: number) => string;
  cleared: string;
  exported: string;
  imported: (added: number, done: number, total: number) => string;
  importDropped: (dropped: number) => string;
  importErrors: Record<ImportError | 'read-failed', string>;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const checklistMessages: Localized<ChecklistMessages> = {
  'pt-BR': {
    count: (done, total) => `${done} de ${total}`,
    announce: (done, total) => `${done} de ${total} itens marcados.`,
    confirmBody: (done) =>
      `Isso desmarca ${plural(done, 'o item marcado', `os ${done} itens marcados`)} neste navegador. Se quiser guardar uma cópia, exporte antes.`,
    cleared: 'Todas as marcações foram removidas.',
    exported: 'Arquivo de progresso exportado.',
    imported: (added, done, total) =>
      `Importação concluída: ${plural(added, '1 item novo marcado', `${added} itens novos marcados`)}; ${done} de ${total} no total.`,
    importDropped: (dropped) =>
      ` ${plural(dropped, '1 entrada desconhecida foi ignorada', `${dropped} entradas desconhecidas foram ignoradas`)}.`,
    importErrors: {
      empty: 'O arquivo está vazio. Nada foi alterado.',
      'too-large': 'O arquivo é grande demais para ser um progresso exportado deste checklist. Nada foi alterado.',
      'not-json': 'O arquivo não é um JSON válido. Nada foi alterado.',
      'wrong-shape': 'O arquivo não é um progresso exportado deste checklist. Nada foi alterado.',
      'other-format': 'O arquivo foi exportado por outro programa, não por este checklist. Nada foi alterado.',
      'read-failed': 'Não foi possível ler o arquivo. Nada foi alterado.',
    },
  },
  en: {
    count: (done, total) => `${done} of ${total}`,
    announce: (done, total) => `${done} of ${total} items ticked.`,
    confirmBody: (done) =>
      `This unticks ${plural(done, 'the ticked item', `the ${done} ticked items`)} in this browser. To keep a copy, export first.`,
    cleared: 'All ticks cleared.',
    exported: 'Progress file exported.',
    imported: (added, done, total) =>
      `Import done: ${plural(added, '1 new item ticked', `${added} new items ticked`)}; ${done} of ${total} in total.`,
    importDropped: (dropped) => ` ${plural(dropped, '1 unknown entry was ignored', `${dropped} unknown entries were ignored`)}.`,
    importErrors: {
      empty: 'The file is empty. Nothing was changed.',
      'too-large': 'The file is too large to be progress exported from this checklist. Nothing was changed.',
      'not-json': 'The file is not valid JSON. Nothing was changed.',
      'wrong-shape': 'The file is not progress exported from this checklist. Nothing was changed.',
      'other-format': 'The file was exported by another program, not by this checklist. Nothing was changed.',
      'read-failed': 'The file could not be read. Nothing was changed.',
    },
  },
};
