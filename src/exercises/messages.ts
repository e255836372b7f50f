import type { Localized } from '../i18n/locales';

/** The checker's own texts, in both languages. */
export const checkerText = {
  exportsTitle: { 'pt-BR': 'O programa exporta as funções pedidas', en: 'The program exports the functions asked for' },
  exportsExpected: (names: readonly string[]): Localized => ({
    'pt-BR': `export de ${names.join(', ')}`,
    en: `export of ${names.join(', ')}`,
  }),
  exportsMissing: (names: readonly string[]): Localized => ({
    'pt-BR': `faltando: ${names.join(', ')}`,
    en: `missing: ${names.join(', ')}`,
  }),
  exportsFound: { 'pt-BR': 'todas exportadas', en: 'all exported' },
  notRun: { 'pt-BR': 'não executado: o programa parou antes', en: 'not run: the program stopped before it' },
  runFailed: (message: string): Localized => ({
    'pt-BR': `o programa falhou: ${message}`,
    en: `the program failed: ${message}`,
  }),
  finishesWithin: (seconds: number): Localized => ({
    'pt-BR': `termina em até ${seconds} s de tempo virtual`,
    en: `finishes within ${seconds} s of virtual time`,
  }),
  tooSlow: (seconds: number): Localized => ({
    'pt-BR': `não terminou em ${seconds} s de tempo virtual`,
    en: `did not finish within ${seconds} s of virtual time`,
  }),
} as const;
