import type { Stage } from "@loopwise/domain";
import { createStore } from "../lib/create-store";

interface UiState {
  newApplication: { opened: boolean; stage?: Stage };
  shortcutsOpened: boolean;
}

/** App-wide dialogs that any shortcut, button or command can open. */
export const uiStore = createStore<UiState>({
  newApplication: { opened: false },
  shortcutsOpened: false,
});

export function openNewApplication(stage?: Stage): void {
  uiStore.set((s) => ({ ...s, newApplication: { opened: true, stage } }));
}

export function closeNewApplication(): void {
  uiStore.set((s) => ({ ...s, newApplication: { opened: false } }));
}

export function setShortcutsOpened(opened: boolean): void {
  uiStore.set((s) => ({ ...s, shortcutsOpened: opened }));
}

/** The global search field registers itself so `/` can focus it from anywhere. */
let searchInput: HTMLInputElement | null = null;

export function registerSearchInput(input: HTMLInputElement | null): void {
  searchInput = input;
}

export function focusSearch(): void {
  searchInput?.focus();
  searchInput?.select();
}
