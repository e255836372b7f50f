/** The names a trace shows for its parts and kinds, in both languages (the export and the view share them). */
import type { Localized } from '../../i18n/locales';
import type { TracePart } from './span';

export const partNames: Localized<Readonly<Record<TracePart, string>> & { userTiming: string }> = {
  'pt-BR': {
    http: 'HTTP',
    db: 'Banco de dados',
    redis: 'Redis',
    clock: 'Timers',
    blocking: 'Chamadas bloqueantes',
    cpu: 'Pool de CPU (tempo real)',
    load: 'Carga',
    userTiming: 'Medidas (performance.measure)',
  },
  en: {
    http: 'HTTP',
    db: 'Database',
    redis: 'Redis',
    clock: 'Timers',
    blocking: 'Blocking calls',
    cpu: 'CPU pool (real time)',
    load: 'Load',
    userTiming: 'Measures (performance.measure)',
  },
};
