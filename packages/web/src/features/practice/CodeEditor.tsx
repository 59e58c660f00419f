import { Compartment, EditorState, Prec } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import type { Language } from "@loopwise/domain";
import { useEffect, useImperativeHandle, useRef, type Ref } from "react";
import { baseExtensions, languageExtension, themeExtension } from "./editor-extensions";

export interface EditorHandle {
  /** Puts the cursor at the start of a 1-based line, scrolls it to the middle, and focuses the editor. */
  jumpTo(line: number): void;
  /** Replaces the text as one undoable change (Ctrl/⌘+Z brings the old text back). */
  replace(code: string): void;
  focus(): void;
}

interface Props {
  ref?: Ref<EditorHandle>;
  language: Language;
  /** Identifies the document: a new key opens `code`, or the text and undo history that key had before. */
  docKey: string;
  code: string;
  dark: boolean;
  label: string;
  readOnly?: boolean;
  onChange?: (code: string) => void;
  onRun?: () => void;
  onSubmit?: () => void;
}

/**
 * CodeMirror 6, owned here: React renders the box, the editor lives in it. Each document (a
 * problem in a language) keeps its own state, so switching languages and back keeps the undo history.
 */
export function CodeEditor({ ref, language, docKey, code, dark, label, readOnly = false, ...handlers }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const states = useRef(new Map<string, EditorState>());
  const shownKey = useRef(docKey);
  const theme = useRef(new Compartment());
  // The editor is built once; it reads the latest handlers and props through these.
  const latest = useRef({ handlers, dark, label, readOnly });
  useEffect(() => {
    latest.current = { handlers, dark, label, readOnly };
  });

  const makeState = (doc: string, lang: Language) =>
    EditorState.create({
      doc,
      extensions: [
        Prec.highest(
          keymap.of([
            { key: "Mod-Enter", run: () => (latest.current.handlers.onSubmit?.(), true) },
            { key: "Mod-'", run: () => (latest.current.handlers.onRun?.(), true) },
          ]),
        ),
        baseExtensions(latest.current.label, latest.current.readOnly),
        languageExtension(lang),
        theme.current.of(themeExtension(latest.current.dark)),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) latest.current.handlers.onChange?.(update.state.doc.toString());
        }),
      ],
    });

  useEffect(() => {
    const editor = new EditorView({ parent: host.current!, state: makeState(code, language) });
    view.current = editor;
    shownKey.current = docKey;
    return () => {
      editor.destroy();
      view.current = null;
      states.current.clear();
    };
    // Built once per mount: later documents arrive through docKey below.
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (!editor || shownKey.current === docKey) return;
    states.current.set(shownKey.current, editor.state);
    editor.setState(states.current.get(docKey) ?? makeState(code, language));
    editor.dispatch({ effects: theme.current.reconfigure(themeExtension(latest.current.dark)) });
    shownKey.current = docKey;
    // Only a new document swaps the state; `code` is read when the key is new.
  }, [docKey]);

  useEffect(() => {
    view.current?.dispatch({ effects: theme.current.reconfigure(themeExtension(dark)) });
  }, [dark]);

  useImperativeHandle(ref, () => ({
    jumpTo(line) {
      const editor = view.current;
      if (!editor) return;
      const { doc } = editor.state;
      const at = doc.line(Math.min(Math.max(1, line), doc.lines)).from;
      editor.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: "center" }) });
      editor.focus();
    },
    replace(next) {
      const editor = view.current;
      editor?.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: next } });
    },
    focus: () => view.current?.focus(),
  }));

  return <div ref={host} style={{ height: "100%", minHeight: 0 }} data-testid="code-editor" />;
}
