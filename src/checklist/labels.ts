import type { Localized } from '../i18n/locales';

/**
 * Fixed strings of the checklist tracker and the overview widget. They are rendered into the HTML at
 * build time, so they never reach the browser's JavaScript (the runtime texts are in ./messages).
 */
interface ChecklistLabels {
  overallLabel: string;
  groupLabel: (group: string) => string;
  studyIn: string;
  noScript: string;
  toolsLabel: string;
  exportButton: string;
  importButton: string;
  clearButton: string;
  confirmTitle: string;
  confirmCancel: string;
  confirmClear: string;
  cannotSave: string;
  overviewTitle: string;
  overviewLink: string;
}

export const checklistLabels: Localized<ChecklistLabels> = {
  'pt-BR': {
    overallLabel: 'Progresso geral',
    groupLabel: (group) => `Progresso em ${group}`,
    studyIn: 'Onde estudar:',
    noScript: 'Sem JavaScript, as marcações não são salvas: a lista fica só para leitura.',
    toolsLabel: 'Gerenciar o progresso',
    exportButton: 'Exportar (JSON)',
    importButton: 'Importar',
    clearButton: 'Limpar tudo',
    confirmTitle: 'Limpar todas as marcações?',
    confirmCancel: 'Cancelar',
    confirmClear: 'Limpar tudo',
    cannotSave: 'Não é possível salvar seu progresso neste navegador: as marcações valem só enquanto esta página estiver aberta.',
    overviewTitle: 'Seu progresso no checklist',
    overviewLink: 'Continuar o checklist',
  },
  en: {
    overallLabel: 'Overall progress',
    groupLabel: (group) => `${group} progress`,
    studyIn: 'Where to study:',
    noScript: 'Without JavaScript your ticks are not saved: the list is for reading only.',
    toolsLabel: 'Manage your progress',
    exportButton: 'Export (JSON)',
    importButton: 'Import',
    clearButton: 'Clear all',
    confirmTitle: 'Clear all ticks?',
    confirmCancel: 'Cancel',
    confirmClear: 'Clear all',
    cannotSave: "Your progress can't be saved in this browser: your ticks last only while this page is open.",
    overviewTitle: 'Your checklist progress',
    overviewLink: 'Continue the checklist',
  },
};
