/**
 * A runnable playground. Server-rendered and until activation it shows its static code (passed
 * as children, highlighted at build time) with the toolbar and an empty output panel; once the
 * `client:playground` directive hydrates it, the live editor takes the static code's place at
 * the same size, the reader's saved edits come back, and Run sends the code to a Worker.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Locale } from '../i18n/locales';
import { pageWorkerHost } from '../playground/browser-host';
import { clearEdit, fingerprint, loadEdit, saveEdit, type SaveResult } from '../playground/edits-storage';
import { applyRunEvents, finishOutput, idleOutput, startOutput, type OutputState } from '../playground/output-model';
import { playgroundText } from '../playground/strings';
import type { RunHandle } from '../playground/worker-host';
import { pageStorage } from '../storage/page-storage';
import { PlaygroundEditor, type EditorHandle } from './PlaygroundEditor';
import { PlaygroundOutput } from './PlaygroundOutput';

export interface PlaygroundIslandProps {
  /** Folder name under `playgrounds/`. */
  id: string;
  locale: Locale;
  /** Shown in the title and in error locations, e.g. `golden-rule-io.ts`. */
  filename: string;
  /** The original program in this language. */
  source: string;
  /** The static, highlighted code shown until the editor is live. */
  children?: ReactNode;
}

type SaveState = 'original' | Exclude<SaveResult, 'cleared'>;

/** The playground island. */
export function PlaygroundIsland({ id, locale, filename, source, children }: PlaygroundIslandProps) {
  const t = playgroundText[locale];
  const ids = { title: `pg-${id}-title`, hint: `pg-${id}-hint`, prefix: `pg-${id}` };
  const root = useRef<HTMLDivElement>(null);
  const editor = useRef<EditorHandle>(null);
  const code = useRef(source);
  const active = useRef<RunHandle | null>(null);
  const [live, setLive] = useState<{ initialCode: string; takeFocus: boolean } | null>(null);
  const [edited, setEdited] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>('original');
  const [originalChanged, setOriginalChanged] = useState(false);
  const [running, setRunning] = useState(false);
  const [output, setOutput] = useState<OutputState>(idleOutput);

  const run = useCallback(() => {
    if (active.current) return;
    const handle = pageWorkerHost().run({ source: code.current, filename, locale }, (events) =>
      setOutput((state) => applyRunEvents(state, events)),
    );
    active.current = handle;
    setRunning(true);
    setOutput(startOutput(handle.runId));
    void handle.finished.then((end) => {
      active.current = null;
      setRunning(false);
      setOutput((state) => finishOutput(state, end));
    });
  }, [filename, locale]);

  const runLatest = useRef(run);
  runLatest.current = run;

  // Activation: the directive hydrated this island because the reader came near or touched it.
  useEffect(() => {
    const { edit, storageAvailable } = loadEdit(pageStorage, id, locale);
    const initialCode = edit?.source ?? source;
    code.current = initialCode;
    setEdited(initialCode !== source);
    if (!storageAvailable) setSaveState('unavailable');
    else if (edit) {
      setSaveState('saved');
      setOriginalChanged(edit.base !== fingerprint(source));
    }
    const island = root.current?.closest('astro-island');
    const staticCode = root.current?.querySelector('.pg-static');
    setLive({ initialCode, takeFocus: !!staticCode && staticCode === document.activeElement });
    if (island?.hasAttribute('data-pg-touched')) pageWorkerHost().warm();
    if (island?.hasAttribute('data-pg-pending-run')) {
      island.removeAttribute('data-pg-pending-run');
      runLatest.current();
    }
  }, [id, locale, source]);

  const onCodeChange = useCallback(
    (next: string) => {
      if (next === code.current) return;
      code.current = next;
      setEdited(next !== source);
      const result = saveEdit(pageStorage, id, locale, next, source);
      setSaveState(result === 'cleared' ? 'original' : result);
      if (result === 'cleared') setOriginalChanged(false);
    },
    [id, locale, source],
  );

  const reset = () => {
    editor.current?.setCode(source);
    code.current = source;
    setEdited(false);
    const result = clearEdit(pageStorage, id, locale);
    setSaveState(result === 'unavailable' ? 'unavailable' : 'original');
    setOriginalChanged(false);
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
    if (live) pageWorkerHost().warm();
  };

  const note =
    saveState === 'unavailable'
      ? t.cannotSave
      : saveState === 'too-large'
        ? t.tooLargeToSave
        : edited
          ? originalChanged
            ? t.originalChanged
            : t.edited
          : '';

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
            data-pg-run=""
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
        <p className="pg-note" data-save-state={saveState}>
          {note}
        </p>
      )}
      <PlaygroundOutput
        state={output}
        t={t}
        locale={locale}
        filename={filename}
        idPrefix={ids.prefix}
        onGoToLine={(line, column) => editor.current?.goToLine(line, column)}
      />
    </div>
  );
}
