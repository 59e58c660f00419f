import type { TestCase } from "@loopwise/domain";

/** The full edit table, every cell kept: plain and easy to trust. */
function cheapestByTable(printed: string, wanted: string, insert: number, erase: number, overprint: number): number {
  const table = Array.from({ length: printed.length + 1 }, (_, i) =>
    Array.from({ length: wanted.length + 1 }, (_, j) => (i === 0 ? j * insert : j === 0 ? i * erase : 0)),
  );
  for (let i = 1; i <= printed.length; i++) {
    for (let j = 1; j <= wanted.length; j++) {
      const same = printed[i - 1] === wanted[j - 1];
      table[i]![j] = Math.min(
        table[i - 1]![j - 1]! + (same ? 0 : overprint),
        table[i - 1]![j]! + erase,
        table[i]![j - 1]! + insert,
      );
    }
  }
  return table[printed.length]![wanted.length]!;
}

/** Two long labels over a small alphabet (many near matches), with uneven costs. */
export default function large(random: () => number): TestCase[] {
  const word = (length: number, letters: string) =>
    Array.from({ length }, () => letters[Math.floor(random() * letters.length)]).join("");
  const cases: [string, string, number, number, number][] = [
    [word(500, "abcd"), word(500, "abcd"), 3, 2, 4],
    [word(500, "abcdefghijklmnopqrstuvwxyz"), word(350, "aeiou"), 7, 1, 9],
  ];
  return cases.map((args) => ({
    args,
    expected: cheapestByTable(...args),
    note: `${args[0].length} and ${args[1].length} letters`,
  }));
}
