import { createStore } from "../lib/create-store";

/** The text of the polite live region; a counter makes a repeated message be read again. */
export const announcementStore = createStore<{ text: string; n: number }>({ text: "", n: 0 });

export function announce(text: string): void {
  announcementStore.set((previous) => ({ text, n: previous.n + 1 }));
}
