/**
 * A playground's output panel: run status (announced), console lines by level, tables, the
 * lab's reports, errors pointing at their line, and the simulated and real time of the run.
 */
import type { Locale } from '../i18n/locales';
import { lazy, memo, Suspense } from 'react';
import { outputEntries, type OutputEntry, type OutputState, type ShownPart } from '../playground/output-model';
import { formatCount, formatMs } from '../i18n/format';
import { isPageGlobalError, type PlaygroundText } from '../playground/strings';
import { MAX_PROGRAM_CHARS } from '../runner/protocol';

/** The load chart is its own chunk, fetched the first time a run sends one. */
const LoadChart = lazy(() => import('./LoadChart').then((m) => ({ default: m.LoadChart })));

interface PlaygroundOutputProps {
  state: OutputState;
  t: PlaygroundText;
  locale: Locale;
  /** The program's file name, to tell this output from the page's other playgrounds. */
  filename: string;
  /** Id prefix for elements that need one. */
  idPrefix: string;
  onGoToLine(line: number, column?: number): void;
}

function statusText(state: OutputState, t: PlaygroundText, locale: Locale): string {
  const timing = state.timing
    ? ` ${t.simulated}: ${formatMs(state.timing.simulatedMs, locale)} · ${t.real}: ${formatMs(state.timing.realMs, locale)}.`
    : '';
  switch (state.status) {
    case 'idle':
      return t.idle;
    case 'running':
      return t.statusRunning;
    case 'ok':
      return t.statusOk + timing;
    case 'failed':
      return t.statusFailed + timing;
    case 'stopped':
      return t.statusStopped;
    case 'time-limit':
      return t.statusTimeLimit(formatCount(state.end?.reason === 'time-limit' ? state.end.limitMs / 1000 : 0, locale));
    case 'crashed':
      return t.statusCrashed(state.end?.reason === 'crashed' ? state.end.message : '');
    case 'too-large':
      return t.statusTooLarge(formatCount(state.refusedChars ?? 0, locale), formatCount(MAX_PROGRAM_CHARS, locale));
    case 'flooded':
      return t.statusFlooded(formatCount(state.end?.reason === 'flooded' ? state.end.events : 0, locale));
  }
}

/** What the page cut from one entry, said in the reader's language. */
function CutNote({ text }: { text: string | false }) {
  return text ? <p className="pg-cut">{text}</p> : null;
}

function PrintedPart({ part, label, t, locale }: { part: ShownPart; label: string; t: PlaygroundText; locale: Locale }) {
  if (part.kind === 'text')
    return (
      <>
        <pre className="pg-text">{part.text}</pre>
        <CutNote text={part.cutLines > 0 && t.cutLines(formatCount(part.cutLines, locale))} />
        <CutNote text={part.cutChars > 0 && t.cutChars(formatCount(part.cutChars, locale))} />
      </>
    );
  return (
    <>
      <div className="pg-table-wrap" tabIndex={0} role="region" aria-label={label}>
        <table className="pg-table">
          <thead>
            <tr>
              {part.columns.map((c, i) => (
                <th key={i} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {part.rows.map((row, r) => (
              <tr key={r}>
                {part.columns.map((_, c) =>
                  c === 0 ? (
                    <th key={c} scope="row">
                      {row[c] ?? ''}
                    </th>
                  ) : (
                    <td key={c}>{row[c] ?? ''}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CutNote
        text={
          (part.hiddenRows > 0 || part.hiddenColumns > 0) &&
          t.tableCut(formatCount(part.hiddenRows, locale), formatCount(part.hiddenColumns, locale))
        }
      />
      <CutNote text={part.cutCells > 0 && t.cutCells(formatCount(part.cutCells, locale))} />
    </>
  );
}

type EntryProps = { entry: OutputEntry } & Omit<PlaygroundOutputProps, 'state' | 'filename'>;

/** One entry; memoised, so a new batch renders only the new entries. */
const Entry = memo(function Entry({ entry, t, locale, idPrefix, onGoToLine }: EntryProps) {
  switch (entry.kind) {
    case 'console':
      return (
        <li className="pg-line" data-level={entry.level}>
          {entry.level !== 'log' && <span className="pg-level">{t.levels[entry.level]}</span>}
          {entry.parts.map((part, i) => (
            <PrintedPart key={i} part={part} label={`console.table ${entry.id + 1}`} t={t} locale={locale} />
          ))}
        </li>
      );
    case 'stats': {
      const titleId = `${idPrefix}-report-${entry.id}`;
      return (
        <li className="pg-report">
          <section aria-labelledby={titleId}>
            <p className="pg-report-title" id={titleId}>
              <span className="pg-visually-hidden">{t.report}: </span>
              {entry.title}
            </p>
            <pre className="pg-text">{entry.lines.join('\n')}</pre>
            <CutNote text={entry.hiddenLines > 0 && t.reportCut(formatCount(entry.hiddenLines, locale))} />
            <CutNote text={entry.cutChars > 0 && t.cutChars(formatCount(entry.cutChars, locale))} />
          </section>
        </li>
      );
    }
    case 'load':
      return (
        <li className="pg-report">
          <Suspense fallback={<p className="pg-report-title">{entry.title}</p>}>
            <LoadChart title={entry.title} runs={entry.runs} hiddenRuns={entry.hiddenRuns} locale={locale} />
          </Suspense>
        </li>
      );
    case 'error':
      return (
        <li className="pg-line pg-error" data-level="error" data-phase={entry.phase}>
          <span className="pg-level">{t.phase[entry.phase]}</span>
          {entry.line !== undefined && (
            <button type="button" className="pg-goto" onClick={() => onGoToLine(entry.line!, entry.column)}>
              {t.goToLine(entry.line)}
            </button>
          )}
          <pre className="pg-text">{entry.message}</pre>
          <CutNote text={entry.cutChars > 0 && t.cutChars(formatCount(entry.cutChars, locale))} />
          {isPageGlobalError(entry.message) && <p className="pg-hint-inline">{t.noPageAccess}</p>}
        </li>
      );
    case 'truncated':
      return (
        <li className="pg-line pg-truncated" data-limit={entry.limit}>
          {t.truncated[entry.limit](formatCount(entry.shown, locale))}
        </li>
      );
  }
});

/** The output panel. */
export function PlaygroundOutput(props: PlaygroundOutputProps) {
  const { state, t, locale, idPrefix, onGoToLine } = props;
  const entries = outputEntries(state);
  return (
    <section className="pg-output" aria-label={t.outputLabel(props.filename)} data-status={state.status}>
      <p className="pg-status" role="status" aria-live="polite">
        {state.status === 'running' && <span className="pg-spinner" aria-hidden="true" />}
        {statusText(state, t, locale)}
      </p>
      {entries.length > 0 && (
        <ol className="pg-lines">
          {entries.map((entry) => (
            <Entry key={entry.id} entry={entry} t={t} locale={locale} idPrefix={idPrefix} onGoToLine={onGoToLine} />
          ))}
        </ol>
      )}
    </section>
  );
}
