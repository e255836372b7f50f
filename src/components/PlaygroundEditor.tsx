/**
 * The live editor of a playground: Sandpack's code editor (CodeMirror) alone, without preview,
 * console or any CodeSandbox host, highlighted with the playground's own token classes, as the
 * static code is. Exposes what the island needs through a handle.
 */
import { SandpackCodeEditor, SandpackProvider, useSandpack, type CodeEditorRef } from '@codesandbox/sandpack-react';
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import { editorLanguages } from '../playground/editor-language';
import { editorExtensions, editorTheme } from '../playground/editor-theme';

export interface EditorHandle {
  /** Replaces the editor's code. */
  setCode(code: string): void;
  /** Puts the cursor on a line (1-based) of the program and focuses the editor. */
  goToLine(line: number, column?: number): void;
  /** Focuses the editor's box (Enter then starts editing, as in Sandpack). */
  focus(): void;
}

interface PlaygroundEditorProps {
  /** File path in Sandpack, e.g. `/golden-rule-io.ts` (the extension selects TypeScript highlighting). */
  path: string;
  initialCode: string;
  /** Ids of the elements naming and describing the editor, in the page's language. */
  labelledBy: string;
  describedBy: string;
  onChange(code: string): void;
  /** Called once CodeMirror is in place. */
  onReady?(): void;
}

/** Sandpack provider and editor for one file. */
export const PlaygroundEditor = forwardRef<EditorHandle, PlaygroundEditorProps>(function PlaygroundEditor(props, ref) {
  const { path, initialCode } = props;
  // Stable identities: Sandpack resets its files whenever the `files` prop is a new object.
  const files = useMemo(() => ({ [path]: { code: initialCode, active: true } }), [path, initialCode]);
  const options = useMemo(
    () => ({ activeFile: path, visibleFiles: [path], initMode: 'immediate' as const, autorun: false, autoReload: false }),
    [path],
  );
  return (
    <SandpackProvider files={files} theme={editorTheme} options={options}>
      <EditorBridge {...props} ref={ref} />
    </SandpackProvider>
  );
});

const EditorBridge = forwardRef<EditorHandle, PlaygroundEditorProps>(function EditorBridge(
  { path, labelledBy, describedBy, onChange, onReady },
  ref,
) {
  const { sandpack } = useSandpack();
  const editor = useRef<CodeEditorRef>(null);
  const code = sandpack.files[path]?.code ?? '';
  const latest = useRef({ sandpack, onChange });
  latest.current = { sandpack, onChange };

  useEffect(() => {
    latest.current.onChange(code);
  }, [code]);

  useImperativeHandle(
    ref,
    () => ({
      setCode: (next) => latest.current.sandpack.updateFile(path, next),
      goToLine(line, column = 1) {
        const view = editor.current?.getCodemirror();
        if (!view) return;
        const doc = view.state.doc;
        const target = doc.line(Math.min(Math.max(1, line), doc.lines));
        const pos = Math.min(target.from + Math.max(0, column - 1), target.to);
        view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
        view.focus();
      },
      focus() {
        const view = editor.current?.getCodemirror();
        (view?.dom.parentElement ?? view?.contentDOM)?.focus();
      },
    }),
    [path],
  );

  useEffect(() => {
    const view = editor.current?.getCodemirror();
    if (!view) return;
    // Sandpack names the editor in English; point both focusable parts at the page's own labels.
    for (const el of [view.dom.parentElement, view.contentDOM]) {
      el?.setAttribute('aria-labelledby', labelledBy);
      el?.setAttribute('aria-describedby', describedBy);
    }
    onReady?.();
    // Once: CodeMirror is created once per editor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <SandpackCodeEditor
      ref={editor}
      extensions={editorExtensions}
      additionalLanguages={editorLanguages}
      showRunButton={false}
      showTabs={false}
      showLineNumbers={false}
    />
  );
});
