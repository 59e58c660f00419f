import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SHORTCUT_GROUPS, shortcutColumns, type ShortcutGroup } from "../src/components/shortcuts";

const height = (column: ShortcutGroup[]) => column.reduce((sum, group) => sum + group.shortcuts.length + 1, 0);
const group = (title: string, rows: number): ShortcutGroup => ({
  title,
  shortcuts: Array.from({ length: rows }, (_, i) => ({ keys: [[String(i)]], description: `${title} ${i}` })),
});

describe("shortcutColumns", () => {
  it("puts the help's groups in two columns of about the same height, none lost", () => {
    const columns = shortcutColumns(SHORTCUT_GROUPS, 2);
    expect(
      columns
        .flat()
        .map((g) => g.title)
        .sort(),
    ).toEqual(SHORTCUT_GROUPS.map((g) => g.title).sort());
    const [left, right] = columns.map(height);
    // Each column within one group's height of the other: the longest group is "Go to".
    expect(Math.abs(left! - right!)).toBeLessThanOrEqual(
      Math.max(...SHORTCUT_GROUPS.map((g) => g.shortcuts.length + 1)),
    );
    expect(columns[1]!.map((g) => g.title)).toContain("Solving a problem");
  });

  it("keeps every group once, in order within its column, and no column taller than the shortest by more than one group", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 4 }),
        (sizes, count) => {
          const groups = sizes.map((rows, i) => group(`g${i}`, rows));
          const columns = shortcutColumns(groups, count);
          expect(columns).toHaveLength(count);
          expect(
            columns
              .flat()
              .map((g) => g.title)
              .sort(),
          ).toEqual(groups.map((g) => g.title).sort());
          for (const column of columns) {
            const order = column.map((g) => groups.indexOf(g));
            expect(order).toEqual([...order].sort((a, b) => a - b));
          }
          const heights = columns.map(height);
          const tallestGroup = Math.max(0, ...groups.map((g) => g.shortcuts.length + 1));
          expect(Math.max(...heights) - Math.min(...heights)).toBeLessThanOrEqual(tallestGroup);
        },
      ),
    );
  });
});
