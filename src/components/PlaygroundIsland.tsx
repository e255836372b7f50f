/**
 * A runnable playground. Server-rendered and until activation it shows its static code (passed
 * as children, highlighted at build time) with the toolbar and an empty output panel; once the
 * `client:playground` directive hydrates it, the live editor takes the static code's place at
 * the same size, the reader's saved edits come back, and Run sends the code to a Worker. The
 * program travels once: the island reads it from the static code's text, not from its props.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Locale } from '../i18n/locales';
import { pageWorkerHost } from '../playground/browser-host';
import { isEdited, looksSame, openSession, sessionNote, updateSession, type EditSessionEvent } from '../playground/edit-session';
import { clearEdit, loadEdit, saveEdit } from '../playground/edits-storage';
import { PENDING_RUN_ATTRIBUTE, RUN_BUTTON_ATTRIBUTE, TOUCHED_ATTRIBUTE } from '../playground/island-attributes';
import { applyRunEvents, finishOutput, idleOutput, refusedOutput, startOutput, type OutputState } from '../playground/output-model';
import { playgroundText } from '../playground/strings';
import type { RunHandle, WorkerHost } from '../playground/worker-host';
import { MAX_PROGRAM_CHARS } from '../runner/protocol';
import type { GuardedStorage } from '../storage/guarded';
import { pageStorage } from '../storage/page-storage';
import { PlaygroundEditor, type EditorHandle } from './PlaygroundEditor';
import { PlaygroundOutput } from './PlaygroundOutput';

interface PlaygroundIslandProps {
  /** Folder name under `playgrounds/`. */
  id: string;
  locale: Locale;
  /** Shown in the title and in error locations, e.g. `golden-rule-io.ts`. */
  filename: string;
  /** The static, highlighted code shown until the editor is live; its text is the original program. */
  children?: ReactNode;
  /** Runs the programs; the page's shared Worker host unless another is passed in. */
  workerHost?: WorkerHost;
  /** Keeps the reader's edits; the page's guarded `localStorage` unless another is passed in. */
  storage?: GuardedStorage;
}

/**
 * The playground island: binds the edit session (`edit-session.ts`) and the output model
 * (`output-model.ts`) to the editor, the storage and the Worker host. Its props are fixed for its
 * life (Astro hydrates it once), so the session opened on the first render stays valid.
 */
export function PlaygroundIsland({ id, locale, filename, children, workerHost, storage = pageStorage }: PlaygroundIslandProps) {
  const t = playgroundText[locale];
  const ids = { title: `pg-${id}-title`, hint: `pg-${id}-hint`, prefix: `pg-${id}` };
  const root = useRef<HTMLDivElement>(null);
  const editor = useRef<EditorHandle>(null);
  // The session as of the last event, for handlers that run before the next render; `session` is
  // the one shown, replaced only when what the page shows changes (not on every keystroke). Until
  // activation the program is only in the static code, and the session is an empty, unedited one.
  const [session, setSession] = useState(() => openSession(''));
  const latestSession = useRef(session);
  const active = useRef<RunHandle | null>(null);
  const [live, setLive] = useState<{ initialCode: string; takeFocus: boolean } | null>(null);
  const [running, setRunning] = useState(false);
  const [output, setOutput] = useState<OutputState>(idleOutput);
  // Resolved when first used, so rendering on the server creates no Worker host.
  const host = useCallback(() => workerHost ?? pageWorkerHost(), [workerHost]);

  const apply = useCallback((event: EditSessionEvent) => {
    const next = updateSession(latestSession.current, event);
    latestSession.current = next;
    setSession((shown) => (looksSame(shown, next) ? shown : next));
  }, []);

  const run = useCallback(() => {
    if (active.current) return;
    const source = latestSession.current.code;
    if (source.length > MAX_PROGRAM_CHARS) {
      setOutput(refusedOutput(source.length));
      return;
    }
    const handle = host().run({ source, filename, locale }, (events) => setOutput((state) => applyRunEvents(state, events)));
    active.current = handle;
    setRunning(true);
    setOutput(startOutput(handle.runId));
    void handle.finished.then((end) => {
      active.current = null;
      setRunning(false);
      setOutput((state) => finishOutput(state, end));
    });
  }, [host, filename, locale]);

  // Listeners added once (the keyboard shortcut, a pending Run) call the latest `run`.
  const runLatest = useRef(run);
  useEffect(() => {
    runLatest.current = run;
  }, [run]);

  // Activation: the directive hydrated this island because the reader came near or touched it.
  // A layout effect, before the browser paints or handles input: the program is read from the
  // static code here, and a Run clicked between a paint and a passive effect would run nothing.
  useLayoutEffect(() => {
    const staticCode = root.current?.querySelector('.pg-static');
    latestSession.current = openSession(staticCode?.textContent ?? '');
    apply({ type: 'loaded', loaded: loadEdit(storage, id, locale) });
    const initialCode = latestSession.current.code;
    const island = root.current?.closest('astro-island');
    setLive({ initialCode, takeFocus: !!staticCode && staticCode === document.activeElement });
    if (island?.hasAttribute(TOUCHED_ATTRIBUTE)) host().warm();
    if (island?.hasAttribute(PENDING_RUN_ATTRIBUTE)) {
      island.removeAttribute(PENDING_RUN_ATTRIBUTE);
      runLatest.current();
    }
  }, [apply, host, storage, id, locale]);

  const onCodeChange = useCallback(
    (next: string) => {
      if (next === latestSession.current.code) return;
      apply({ type: 'changed', code: next, result: saveEdit(storage, id, locale, next, latestSession.current.original) });
    },
    [apply, storage, id, locale],
  );

  const reset = () => {
    editor.current?.setCode(latestSession.current.original);
    apply({ type: 'reset', result: clearEdit(storage, id, locale) });
  };

  const onReady = useCallback(() => {
    if (live?.takeFocus) editor.current?.focus();
  }, [live]);

  const onKeyDownCapture = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      // Before CodeMirror sees it: its own Mod-Enter would insert a line.
      event.preventDefault();
      event.stopPropagation();
      runLatest.current();
    }
  };

  const warm = () => {
    if (live) host().warm();
  };

  // Stable, so the output's memoised entries do not re-render on every batch.
  const goToLine = useCallback((line: number, column?: number) => editor.current?.goToLine(line, column), []);

  const note = sessionNote(session);
  const edited = isEdited(session);

  return (
    <div
      ref={root}
      className="pg-frame"
      data-pg-state={live ? 'live' : 'static'}
      onKeyDownCapture={onKeyDownCapture}
      onPointerEnter={warm}
      onFocus={warm}
    >
      <div className="pg-toolbar">
        <p className="pg-title" id={ids.title}>
          {t.title} <code>{filename}</code>
        </p>
        <div className="pg-actions">
          <button
            type="button"
            className="pg-button pg-run"
            {...{ [RUN_BUTTON_ATTRIBUTE]: '' }}
            aria-disabled={running}
            aria-describedby={ids.hint}
            onClick={() => runLatest.current()}
          >
            {running ? (
              <>
                <span className="pg-spinner" aria-hidden="true" /> {t.running}
              </>
            ) : (
              <>
                <span aria-hidden="true">▶</span> {t.run}
              </>
            )}
          </button>
          <button type="button" className="pg-button pg-stop" disabled={!running} onClick={() => active.current?.stop()}>
            <span aria-hidden="true">■</span> {t.stop}
          </button>
          <button type="button" className="pg-button pg-reset" disabled={!edited} title={t.resetHint} onClick={reset}>
            {t.reset}
          </button>
        </div>
      </div>
      <p className="pg-hint" id={ids.hint}>
        {t.keyboardHint}
      </p>
      <div className="pg-editor">
        {live ? (
          <PlaygroundEditor
            ref={editor}
            path={`/${filename}`}
            initialCode={live.initialCode}
            labelledBy={ids.title}
            describedBy={ids.hint}
            onChange={onCodeChange}
            onReady={onReady}
          />
        ) : (
          children
        )}
      </div>
      {note && (
        <p className="pg-note" data-save-state={session.save}>
          {t[note]}
        </p>
      )}
      <PlaygroundOutput state={output} t={t} locale={locale} filename={filename} idPrefix={ids.prefix} onGoToLine={goToLine} />
    </div>
  );
}
