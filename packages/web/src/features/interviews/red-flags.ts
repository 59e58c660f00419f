import { RED_FLAGS, type RedFlag } from "@loopwise/domain";

/** Flags as a set in the order RED_FLAGS lists them: how the server stores them. */
export function flagSet(flags: readonly string[]): RedFlag[] {
  return RED_FLAGS.filter((flag) => flags.includes(flag));
}

/** Whether two lists name the same flags, in any order and with repeats ignored. */
export function sameFlags(a: readonly string[], b: readonly string[]): boolean {
  const left = flagSet(a);
  const right = flagSet(b);
  return left.length === right.length && left.every((flag, i) => flag === right[i]);
}

/** The badges a row has room for, and how many more there are. */
export function visibleFlags(flags: readonly RedFlag[], room: number): { shown: RedFlag[]; more: number } {
  const all = flagSet(flags);
  if (all.length <= room) return { shown: all, more: 0 };
  const shown = all.slice(0, Math.max(0, room - 1));
  return { shown, more: all.length - shown.length };
}
