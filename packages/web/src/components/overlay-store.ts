import { useEffect, useId } from "react";
import { createStore, useStoreSelector } from "../lib/create-store";

/** Our dialogs and drawers that open over a page or another drawer, in the order they opened. */
const overlays = createStore<readonly string[]>([]);

/**
 * Registers an overlay while `opened`, and answers whether it is the topmost one: give that to
 * its `closeOnEscape`. Mantine hands Escape to every open modal and drawer at once, so without
 * this the same key would close the ones underneath too (and lose their unsaved changes).
 */
export function useOverlay(opened: boolean): boolean {
  const id = useId();
  useEffect(() => {
    if (!opened) return;
    overlays.set((list) => [...list, id]);
    return () => overlays.set((list) => list.filter((other) => other !== id));
  }, [opened, id]);
  return useStoreSelector(overlays, (list) => list.at(-1) === id);
}

/** True while any overlay is open: a drawer under it must not close on the same Escape. */
export function useOverlayOpen(): boolean {
  return useStoreSelector(overlays, (list) => list.length > 0);
}
