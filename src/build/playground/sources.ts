/**
 * The playground sources, read at build time from `playgrounds/<id>/<locale>.ts`. A page that
 * asks for a playground missing in its language fails the build: falling back to the other
 * language would show a reader comments and messages they may not read.
 */
import { locales, type Locale } from '../../i18n/locales';

const files = import.meta.glob<string>('/playgrounds/*/*.ts', { query: '?raw', import: 'default', eager: true });

/** Ids of every playground folder. */
export function playgroundIds(): string[] {
  // Keys look like /playgrounds/<id>/<locale>.ts.
  return [...new Set(Object.keys(files).map((path) => path.split('/')[2]!))].sort();
}

/** The source of one playground in one language, without a trailing newline; throws a build error naming the missing file. */
export function playgroundSource(id: string, locale: Locale): string {
  const path = `/playgrounds/${id}/${locale}.ts`;
  const source = files[path];
  if (source === undefined) {
    const present = locales.filter((l) => files[`/playgrounds/${id}/${l}.ts`] !== undefined);
    throw new Error(
      `<Playground id="${id}" /> has no ${locale} source: expected the file playgrounds/${id}/${locale}.ts` +
        (present.length ? ` (found: ${present.map((l) => `${l}.ts`).join(', ')})` : ' (the folder has no sources)') +
        '. Every playground needs one source per language.',
    );
  }
  return source.replace(/\r\n/g, '\n').replace(/\n+$/, '');
}
