import { indentWithTab } from "@codemirror/commands";
import { cpp } from "@codemirror/lang-cpp";
import { go } from "@codemirror/lang-go";
import { java } from "@codemirror/lang-java";
import { javascript } from "@codemirror/lang-javascript";
import { python } from "@codemirror/lang-python";
import { rust } from "@codemirror/lang-rust";
import { indentUnit, type LanguageSupport } from "@codemirror/language";
import { EditorState, type Extension } from "@codemirror/state";
import { oneDark } from "@codemirror/theme-one-dark";
import { EditorView, keymap } from "@codemirror/view";
import type { Language } from "@loopwise/domain";
import { basicSetup } from "codemirror";

/** Syntax and indentation per language: the starters use 4 spaces, 2 for JavaScript and TypeScript, a tab for Go. */
const LANGUAGE_SUPPORT: Record<Language, { support: () => LanguageSupport; indent: string }> = {
  python: { support: python, indent: "    " },
  javascript: { support: () => javascript(), indent: "  " },
  typescript: { support: () => javascript({ typescript: true }), indent: "  " },
  cpp: { support: cpp, indent: "    " },
  java: { support: java, indent: "    " },
  go: { support: go, indent: "\t" },
  rust: { support: rust, indent: "    " },
};

export function languageExtension(language: Language): Extension {
  const { support, indent } = LANGUAGE_SUPPORT[language];
  return [support(), indentUnit.of(indent)];
}

/** The editor fills its box and scrolls inside it; a monospace face in both themes. */
const layout = EditorView.theme({
  "&": { height: "100%", fontSize: "13.5px" },
  ".cm-scroller": { overflow: "auto", fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace" },
  "&.cm-focused": { outline: "none" },
});

export function themeExtension(dark: boolean): Extension {
  return dark ? oneDark : [];
}

/**
 * What every editor shares. Tab indents, as in any code editor; Escape then Tab still leaves the
 * editor for keyboard users (CodeMirror's own escape hatch).
 */
export function baseExtensions(label: string, readOnly: boolean): Extension {
  return [
    basicSetup,
    layout,
    keymap.of([indentWithTab]),
    EditorView.contentAttributes.of({ "aria-label": label }),
    EditorState.readOnly.of(readOnly),
    EditorView.editable.of(!readOnly),
  ];
}
