import type { Language, ProblemDetail } from "@loopwise/domain";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { saveDraft } from "../../api/practice";
import { initialCode, markSynced, readLocalDraft, writeLocalDraft, type InitialCode } from "./code-draft";
import { createDraftSaver, type SaveState } from "./draft-saver";

/** Long enough to cover a burst of typing, short enough that a crash loses under a second of it. */
const SAVE_DELAY_MS = 800;
const RETRY_MS = 5_000;

/**
 * The code of one problem, per language: what the editor opens with (the local copy, the server's
 * draft or the starter), every change copied to localStorage at once and sent to the server debounced.
 */
export function useCodeDrafts(problem: ProblemDetail, language: Language | undefined) {
  const { slug } = problem;
  const [saveState, setSaveState] = useState<SaveState>("saved");
  const opened = useRef(new Map<Language, InitialCode>());
  const current = useRef(new Map<Language, string>());
  const pushed = useRef(new Set<Language>());

  const saver = useMemo(
    () =>
      createDraftSaver<string>({
        delayMs: SAVE_DELAY_MS,
        retryMs: RETRY_MS,
        save: (lang, code) => saveDraft(slug, { language: lang as Language, code }),
        onState: setSaveState,
        onSaved: (lang, code) => markSynced(localStorage, slug, lang as Language, code),
      }),
    [slug],
  );

  useEffect(() => {
    // Leaving the tab is the moment to send what is pending; the local copy covers a closed tab.
    const onHide = () => document.visibilityState === "hidden" && void saver.flush();
    document.addEventListener("visibilitychange", onHide);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      saver.dispose();
    };
  }, [saver]);

  /** The text a language opens with, decided once per visit. */
  const open = useCallback(
    (lang: Language): InitialCode => {
      let init = opened.current.get(lang);
      if (!init) {
        const server = problem.drafts.find((draft) => draft.language === lang);
        init = initialCode(readLocalDraft(localStorage, slug, lang), server, problem.starters[lang] ?? "");
        opened.current.set(lang, init);
        current.current.set(lang, init.code);
      }
      return init;
    },
    [problem, slug],
  );

  // A copy the server never got (typed offline, or the tab closed too soon) goes up when it is opened.
  useEffect(() => {
    if (!language) return;
    const init = open(language);
    if (init.needsSync && !pushed.current.has(language)) saver.change(language, init.code);
    pushed.current.add(language);
  }, [language, open, saver]);

  const change = useCallback(
    (lang: Language, code: string) => {
      current.current.set(lang, code);
      writeLocalDraft(localStorage, slug, lang, { code, savedAt: Date.now(), synced: false });
      saver.change(lang, code);
    },
    [saver, slug],
  );

  const codeOf = useCallback((lang: Language) => current.current.get(lang) ?? open(lang).code, [open]);

  return { open, change, codeOf, saveState, flush: saver.flush };
}
