export interface Shortcut {
  keys: string[][];
  description: string;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: Shortcut[];
}

import { MAIN_PAGES } from "./main-pages";

/** What the help modal lists; each inner array is one chord, alternatives are separate arrays. */
export const SHORTCUT_GROUPS: ShortcutGroup[] = [
  {
    title: "Anywhere",
    shortcuts: [
      { keys: [["Ctrl/⌘", "K"]], description: "Command palette" },
      { keys: [["N"]], description: "New application" },
      { keys: [["/"]], description: "Focus the search" },
      { keys: [["?"]], description: "Show these shortcuts" },
    ],
  },
  {
    title: "Go to",
    shortcuts: MAIN_PAGES.map((page) => ({ keys: [[page.key], ["G", page.key]], description: page.label })),
  },
  {
    title: "On a focused card",
    shortcuts: [
      { keys: [["Tab"]], description: "Focus the next card" },
      { keys: [["Enter"]], description: "Open the application" },
      { keys: [["Shift", "→"]], description: "Move to the next stage" },
      { keys: [["Shift", "←"]], description: "Move to the previous stage" },
      { keys: [["Shift", "↑"]], description: "Move up in its column" },
      { keys: [["Shift", "↓"]], description: "Move down in its column" },
    ],
  },
  {
    title: "In an application",
    shortcuts: [
      { keys: [["Ctrl/⌘", "Enter"]], description: "Save changes" },
      { keys: [["Esc"]], description: "Close (asks first if unsaved)" },
    ],
  },
  {
    title: "Solving a problem",
    shortcuts: [
      { keys: [["Ctrl/⌘", "'"]], description: "Run the examples (the custom input, on its tab)" },
      { keys: [["Ctrl/⌘", "Enter"]], description: "Submit: judge every case" },
      { keys: [["Ctrl/⌘", "Z"]], description: "Undo, even a reset to the starter code" },
    ],
  },
];

/**
 * The groups in `count` columns of about the same height (a group's rows plus its title), each
 * group going, in order, to the shortest column so far: a grid of rows would leave a short group
 * beside a tall one and push the last group below a laptop's fold.
 */
export function shortcutColumns(groups: readonly ShortcutGroup[], count: number): ShortcutGroup[][] {
  const columns: ShortcutGroup[][] = Array.from({ length: count }, () => []);
  const heights: number[] = columns.map(() => 0);
  for (const group of groups) {
    const shortest = heights.indexOf(Math.min(...heights));
    columns[shortest]!.push(group);
    heights[shortest]! += group.shortcuts.length + 1;
  }
  return columns;
}

/** The tooltip hint shown for keyboard moves on the board. */
export const KEYBOARD_MOVE_HINT =
  "Focus a card, then Shift + ← / → changes its stage and Shift + ↑ / ↓ moves it within the column. Enter opens it.";
