import { useEffect, useRef } from "react";

/**
 * Ctrl/⌘+Enter submits and Ctrl/⌘+' runs from anywhere on the page; inside the editor CodeMirror
 * handles them first (and marks the event handled). A dialog on top keeps its keys.
 */
export function useRunShortcuts(onRun: () => void, onSubmit: () => void): void {
  const latest = useRef({ onRun, onSubmit });
  useEffect(() => {
    latest.current = { onRun, onSubmit };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      if (event.key === "Enter") {
        event.preventDefault();
        latest.current.onSubmit();
      } else if (event.key === "'") {
        event.preventDefault();
        latest.current.onRun();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
