import type { Localized } from '../../i18n/locales';

/** The words of the notice that a newer version of the site is ready. */
export interface UpdateNoticeText {
  ready: string;
  reload: string;
  dismiss: string;
}

export const updateNoticeText: Localized<UpdateNoticeText> = {
  'pt-BR': {
    ready: 'Uma versão nova deste site está pronta.',
    reload: 'Recarregar',
    dismiss: 'Fechar aviso',
  },
  en: {
    ready: 'A newer version of this site is ready.',
    reload: 'Reload',
    dismiss: 'Dismiss notice',
  },
};
