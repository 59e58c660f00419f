import { canFitBetween, positionBetween, spreadPositions } from "../src/index.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/** Positions compare byte by byte in the database (COLLATE "C"); so must they here. */
const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

function expectStrictlyIncreasing(keys: readonly string[]) {
  for (let i = 1; i < keys.length; i++) {
    expect(byteOrder(keys[i - 1]!, keys[i]!), `${keys[i - 1]} < ${keys[i]}`).toBeLessThan(0);
  }
}

describe("positionBetween", () => {
  it("makes a first key, and keys before and after another", () => {
    const first = positionBetween(null, null);
    expect(byteOrder(positionBetween(first, null), first)).toBeGreaterThan(0);
    expect(byteOrder(positionBetween(null, first), first)).toBeLessThan(0);
  });

  it("makes a key strictly between two", () => {
    const [a, b] = spreadPositions(2) as [string, string];
    const middle = positionBetween(a, b);
    expectStrictlyIncreasing([a, middle, b]);
    // And again, many times into the same gap.
    let low = a;
    for (let i = 0; i < 200; i++) {
      const next = positionBetween(low, b);
      expectStrictlyIncreasing([low, next, b]);
      low = next;
    }
  });

  it("refuses neighbours that share a key: nothing fits between them", () => {
    expect(() => positionBetween("a1", "a1")).toThrow();
  });
});

describe("canFitBetween", () => {
  it("is true at the edges and for ordered neighbours, false for a shared or reversed key", () => {
    expect(canFitBetween(null, null)).toBe(true);
    expect(canFitBetween("a1", null)).toBe(true);
    expect(canFitBetween(null, "a1")).toBe(true);
    expect(canFitBetween("a1", "a2")).toBe(true);
    expect(canFitBetween("a1", "a1")).toBe(false);
    expect(canFitBetween("a2", "a1")).toBe(false);
  });
});

describe("spreadPositions", () => {
  it("gives n strictly increasing keys", () => {
    expect(spreadPositions(0)).toEqual([]);
    expect(spreadPositions(1)).toHaveLength(1);
    const keys = spreadPositions(500);
    expect(keys).toHaveLength(500);
    expectStrictlyIncreasing(keys);
  });
});

describe("property: inserts and moves by positionBetween", () => {
  type Op = { kind: "insert"; at: number } | { kind: "move"; from: number; to: number };
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant("insert" as const), at: fc.nat() }),
    fc.record({ kind: fc.constant("move" as const), from: fc.nat(), to: fc.nat() }),
  );

  it("keep a strict order, and every card where it was put", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        // The column as the user sees it: card ids in order, each with its key.
        let column: { id: number; key: string }[] = [];
        let nextId = 0;
        const place = (id: number, index: number) => {
          const after = column[index - 1]?.key ?? null;
          const before = column[index]?.key ?? null;
          column.splice(index, 0, { id, key: positionBetween(after, before) });
        };
        for (const o of ops) {
          if (o.kind === "insert" || column.length === 0) {
            place(nextId++, o.kind === "insert" ? o.at % (column.length + 1) : 0);
          } else {
            const [card] = column.splice(o.from % column.length, 1);
            place(card!.id, o.to % (column.length + 1));
          }
          expectStrictlyIncreasing(column.map((c) => c.key));
        }
        // Sorting by key gives back exactly the order the cards were put in.
        const sorted = [...column].sort((a, b) => byteOrder(a.key, b.key)).map((c) => c.id);
        expect(sorted).toEqual(column.map((c) => c.id));
        column = [];
      }),
      { numRuns: 200 },
    );
  });
});
