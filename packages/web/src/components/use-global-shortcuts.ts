import { useEffect, useRef } from "react";
import { focusSearch, openNewApplication, setShortcutsOpened } from "./ui-store";
import { MAIN_PAGES, type GoToTarget } from "./main-pages";
import { useGoTo } from "./use-go-to";

const NAV_KEYS: Record<string, GoToTarget> = Object.fromEntries(MAIN_PAGES.map((p) => [p.key.toLowerCase(), p.to]));

/** Inputs that do not take text: a focused filter chip or switch must not swallow the shortcuts. */
const NON_TEXT_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"]);

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target.isContentEditable || target.tagName === "TEXTAREA" || target.tagName === "SELECT";
}

/** Single-key shortcuts (n, /, ?, the pages' keys and their g-prefixed forms); mod+K belongs to Spotlight. */
export function useGlobalShortcuts(): void {
  const goTo = useGoTo();
  const goToRef = useRef(goTo);
  useEffect(() => {
    goToRef.current = goTo;
  });

  useEffect(() => {
    let awaitingG = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isEditable(event.target)) return;
      // Keys typed in a dialog belong to the dialog.
      if (document.querySelector('[aria-modal="true"]')) return;
      const key = event.key.toLowerCase();
      const afterG = awaitingG;
      awaitingG = false;
      clearTimeout(timer);

      if (key === "?") {
        event.preventDefault();
        setShortcutsOpened(true);
      } else if (key === "/") {
        event.preventDefault();
        focusSearch();
      } else if (key === "g" && !afterG && !event.shiftKey) {
        awaitingG = true;
        timer = setTimeout(() => (awaitingG = false), 1200);
      } else if (key in NAV_KEYS && !event.shiftKey) {
        event.preventDefault();
        goToRef.current(NAV_KEYS[key]!);
      } else if (key === "n" && !event.shiftKey) {
        event.preventDefault();
        openNewApplication();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => {
      window.removeEventListener("keydown", onKeyDown);
      clearTimeout(timer);
    };
  }, []);
}
