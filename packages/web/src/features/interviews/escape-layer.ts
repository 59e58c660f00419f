import { useEffect, useRef } from "react";

/**
 * Escape closes the innermost of our overlays only. Mantine's drawers and modals each listen for
 * Escape on the window, so a dialog opened over the application drawer would close that drawer
 * too (and lose its unsaved changes). This one listener is added when the module loads, before
 * any drawer adds its own, and takes the key when one of our overlays is on top.
 */
const layers: { close: () => void }[] = [];

function onKeyDown(event: KeyboardEvent) {
  const top = layers.at(-1);
  if (!top || event.key !== "Escape" || event.isComposing) return;
  // An open dropdown inside the overlay marks its input so: that Escape closes the dropdown.
  const target = event.target as Element | null;
  if (target?.getAttribute?.("data-mantine-stop-propagation") === "true") return;
  event.stopImmediatePropagation();
  top.close();
}

if (typeof window !== "undefined") window.addEventListener("keydown", onKeyDown, { capture: true });

/** While `active`, Escape calls `close` (and nothing under it); give the overlay `closeOnEscape={false}`. */
export function useEscapeLayer(active: boolean, close: () => void): void {
  const latest = useRef(close);
  useEffect(() => {
    latest.current = close;
  });
  useEffect(() => {
    if (!active) return;
    const layer = { close: () => latest.current() };
    layers.push(layer);
    return () => {
      layers.splice(layers.indexOf(layer), 1);
    };
  }, [active]);
}
