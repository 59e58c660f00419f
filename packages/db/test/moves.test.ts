import { getApplication, moveApplication, schema, stageHistoryOf, deleteApplication } from "@loopwise/db";
import { createTestDb, testDrivers, type TestDatabase } from "@loopwise/db/testing";
import {
  Conflict,
  NotFound,
  STAGES,
  type ApplicationId,
  type CompanyId,
  type Stage,
  type UserId,
} from "@loopwise/domain";
import { and, eq, inArray } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addApplication, addCompany, columnOf, freshUser, historiesOf } from "../../../test-support/db-fixtures.js";

const NOW = "2025-03-01T12:00:00.000Z";
const MISSING = "00000000-0000-4000-8000-000000000000" as ApplicationId;

describe.each(testDrivers())("moves on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb(kind);
  });
  afterAll(() => database?.close());

  let user: UserId;
  let company: CompanyId;
  beforeEach(async () => {
    user = await freshUser(database.db);
    company = await addCompany(database.db, user, "Acme");
  });

  /** A column of cards named by letter, top to bottom. */
  async function column(stage: Stage, letters: string) {
    const cards: Record<string, ApplicationId> = {};
    for (const letter of letters) {
      cards[letter] = await addApplication(database.db, user, { companyId: company, stage, roleTitle: letter });
    }
    return cards;
  }
  async function lettersOf(stage: Stage, cards: Record<string, string>) {
    const byId = new Map(Object.entries(cards).map(([letter, id]) => [id, letter]));
    return (await columnOf(database.db, user, stage)).map((id) => byId.get(id) ?? "?").join("");
  }
  const move = (id: ApplicationId, m: { stage: Stage; afterId?: string | null; beforeId?: string | null }) =>
    moveApplication(database.db, user, id, m, NOW);

  describe("within a column", () => {
    it.each<[string, (c: Record<string, ApplicationId>) => Parameters<typeof move>, string]>([
      ["after the first", (c) => [c.d!, { stage: "applied", afterId: c.a }], "adbc"],
      ["before the first", (c) => [c.c!, { stage: "applied", beforeId: c.a }], "cabd"],
      ["after the last", (c) => [c.a!, { stage: "applied", afterId: c.d }], "bcda"],
      ["before the last", (c) => [c.a!, { stage: "applied", beforeId: c.d }], "bcad"],
      ["between two", (c) => [c.d!, { stage: "applied", afterId: c.a, beforeId: c.b }], "adbc"],
      ["to the end, with no neighbour named", (c) => [c.b!, { stage: "applied" }], "acdb"],
      ["to the end, with null neighbours", (c) => [c.a!, { stage: "applied", afterId: null, beforeId: null }], "bcda"],
      ["to where it already is", (c) => [c.b!, { stage: "applied", afterId: c.a, beforeId: c.c }], "abcd"],
    ])("%s", async (_name, args, expected) => {
      const cards = await column("applied", "abcd");
      const [id, m] = args(cards);
      const result = await move(id, m);
      expect(result.stage).toBe("applied");
      expect(await lettersOf("applied", cards)).toBe(expected);
    });

    it("writes no history row and keeps the time the stage was entered", async () => {
      const cards = await column("applied", "ab");
      const before = await getApplication(database.db, user, cards.a!);
      await move(cards.a!, { stage: "applied", afterId: cards.b });
      const after = await getApplication(database.db, user, cards.a!);
      expect(await stageHistoryOf(database.db, user, cards.a!)).toHaveLength(1);
      expect(after.stageEnteredAt).toBe(before.stageEnteredAt);
      expect(Date.parse(after.updatedAt)).toBe(Date.parse(NOW));
    });
  });

  describe("across columns", () => {
    it.each<[string, (c: Record<string, ApplicationId>) => Parameters<typeof move>, string, string]>([
      ["after a card", (c) => [c.b!, { stage: "onsite", afterId: c.x }], "xby", "ac"],
      ["before a card", (c) => [c.a!, { stage: "onsite", beforeId: c.x }], "axy", "bc"],
      ["between two cards", (c) => [c.c!, { stage: "onsite", afterId: c.x, beforeId: c.y }], "xcy", "ab"],
      ["to the end", (c) => [c.a!, { stage: "onsite" }], "xya", "bc"],
    ])("%s", async (_name, args, target, source) => {
      const cards = { ...(await column("applied", "abc")), ...(await column("onsite", "xy")) };
      const [id, m] = args(cards);
      expect((await move(id, m)).stage).toBe("onsite");
      expect(await lettersOf("onsite", cards)).toBe(target);
      expect(await lettersOf("applied", cards)).toBe(source);
    });

    it("into an empty column", async () => {
      const cards = await column("applied", "ab");
      await move(cards.a!, { stage: "offer" });
      expect(await lettersOf("offer", cards)).toBe("a");
      expect(await lettersOf("applied", cards)).toBe("b");
    });

    it("writes one history row with the move's time and enters the stage then", async () => {
      const cards = await column("applied", "a");
      await moveApplication(database.db, user, cards.a!, { stage: "technical_screen" }, "2025-03-02T08:30:00.000Z");
      const history = await stageHistoryOf(database.db, user, cards.a!);
      expect(history.map((h) => [h.fromStage, h.toStage])).toEqual([
        [null, "applied"],
        ["applied", "technical_screen"],
      ]);
      expect(Date.parse(history[1]!.at)).toBe(Date.parse("2025-03-02T08:30:00.000Z"));
      const row = await getApplication(database.db, user, cards.a!);
      expect(row.stage).toBe("technical_screen");
      expect(Date.parse(row.stageEnteredAt)).toBe(Date.parse("2025-03-02T08:30:00.000Z"));
    });
  });

  describe("refused", () => {
    async function unchanged<T>(cards: Record<string, ApplicationId>, attempt: () => Promise<T>) {
      const snapshot = async () =>
        Promise.all(
          Object.values(cards).map(async (id) => ({
            row: await getApplication(database.db, user, id),
            history: await stageHistoryOf(database.db, user, id),
          })),
        );
      const before = await snapshot();
      await attempt().catch(() => undefined);
      expect(await snapshot()).toEqual(before);
    }

    it("a neighbour in another column: Conflict, and nothing changes", async () => {
      const cards = { ...(await column("applied", "ab")), ...(await column("onsite", "x")) };
      await expect(move(cards.a!, { stage: "onsite", afterId: cards.b })).rejects.toThrow(/afterId/);
      await expect(move(cards.a!, { stage: "onsite", beforeId: cards.b })).rejects.toBeInstanceOf(Conflict);
      await unchanged(cards, () => move(cards.a!, { stage: "onsite", afterId: cards.x, beforeId: cards.b }));
    });

    it("a neighbour that was deleted: Conflict", async () => {
      const cards = await column("applied", "abc");
      await deleteApplication(database.db, user, cards.c!);
      await expect(move(cards.a!, { stage: "applied", afterId: cards.c })).rejects.toBeInstanceOf(Conflict);
      await expect(move(cards.a!, { stage: "applied", beforeId: cards.c })).rejects.toThrow(/no longer exists/);
      await expect(move(cards.a!, { stage: "applied", afterId: MISSING })).rejects.toBeInstanceOf(Conflict);
    });

    it("neighbours named in the wrong order: Conflict, and nothing changes", async () => {
      const cards = await column("applied", "abc");
      await expect(move(cards.b!, { stage: "applied", afterId: cards.c, beforeId: cards.a })).rejects.toBeInstanceOf(
        Conflict,
      );
      await unchanged(cards, () => move(cards.a!, { stage: "offer", afterId: cards.c, beforeId: cards.b }));
    });

    it("the card as its own neighbour: Conflict", async () => {
      const cards = await column("applied", "ab");
      await expect(move(cards.a!, { stage: "applied", afterId: cards.a })).rejects.toBeInstanceOf(Conflict);
      await expect(move(cards.a!, { stage: "applied", beforeId: cards.a })).rejects.toBeInstanceOf(Conflict);
    });

    it("a card that is not there: NotFound", async () => {
      await expect(move(MISSING, { stage: "applied" })).rejects.toBeInstanceOf(NotFound);
    });
  });

  describe("when two cards share a position key", () => {
    /** Gives cards p and q one key, as two clients racing could; the board shows them by id. */
    async function tie(stage: Stage, letters: string, p: string, q: string) {
      const cards = await column(stage, letters);
      const [key] = await database.db
        .select({ position: schema.applications.position })
        .from(schema.applications)
        .where(eq(schema.applications.id, cards[p]!));
      await database.db
        .update(schema.applications)
        .set({ position: key!.position })
        .where(and(eq(schema.applications.userId, user), inArray(schema.applications.id, [cards[q]!])));
      // Name the pair by the order the board shows them in.
      const shown = await lettersOf(stage, cards);
      const [first, second] = shown.indexOf(p) < shown.indexOf(q) ? [p, q] : [q, p];
      return { cards, first: first!, second: second!, shown };
    }

    it("a move between them respreads the column and lands between them", async () => {
      const { cards, first, second, shown } = await tie("applied", "abcde", "b", "c");
      await move(cards.e!, { stage: "applied", afterId: cards[first], beforeId: cards[second] });
      expect(await lettersOf("applied", cards)).toBe(shown.replace("e", "").replace(first, `${first}e`));
    });

    it("a move from another column between them lands between them", async () => {
      const { cards, first, second, shown } = await tie("applied", "abcd", "b", "c");
      const other = await column("interested", "z");
      const all = { ...cards, ...other };
      await move(other.z!, { stage: "applied", afterId: cards[first], beforeId: cards[second] });
      expect(await lettersOf("applied", all)).toBe(shown.replace(first, `${first}z`));
    });

    it("a move after the first of them lands right after it", async () => {
      const { cards, first, shown } = await tie("applied", "abcde", "b", "c");
      await move(cards.e!, { stage: "applied", afterId: cards[first] });
      expect(await lettersOf("applied", cards)).toBe(shown.replace("e", "").replace(first, `${first}e`));
    });

    it("a move before the second of them lands right before it", async () => {
      const { cards, second, shown } = await tie("applied", "abcde", "b", "c");
      await move(cards.a!, { stage: "applied", beforeId: cards[second] });
      expect(await lettersOf("applied", cards)).toBe(shown.replace("a", "").replace(second, `a${second}`));
    });

    it("the column's keys are all distinct after a respread", async () => {
      const { cards, first, second } = await tie("applied", "abcde", "b", "c");
      await move(cards.e!, { stage: "applied", afterId: cards[first], beforeId: cards[second] });
      const keys = await database.rawQuery(
        "select position from applications where user_id = $1 and stage = 'applied' order by position",
        [user],
      );
      expect(new Set(keys.map((k) => (k as { position: string }).position)).size).toBe(5);
    });
  });

  it("property: after any moves, the stage is the last history row, the history is a chain, columns are as asked", async () => {
    const stage = fc.constantFrom<Stage>(...STAGES.slice(0, 5), "rejected");
    const step = fc.record({
      card: fc.nat(),
      stage,
      // 0: no neighbour, 1: after a card, 2: before a card, 3: between two adjacent cards.
      how: fc.integer({ min: 0, max: 3 }),
      pick: fc.nat(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(stage, { minLength: 1, maxLength: 6 }),
        fc.array(step, { minLength: 1, maxLength: 12 }),
        fc.constantFrom(0, 60_000),
        async (initial, steps, tick) => {
          const owner = await freshUser(database.db);
          const acme = await addCompany(database.db, owner, "Acme");
          const ids: ApplicationId[] = [];
          for (const s of initial) ids.push(await addApplication(database.db, owner, { companyId: acme, stage: s }));
          // The board as the user expects it: each column's ids, top to bottom.
          const model = new Map<Stage, string[]>(STAGES.map((s) => [s, []]));
          for (const [i, s] of initial.entries()) model.get(s)!.push(ids[i]!);

          for (const [n, { card, stage: to, how, pick }] of steps.entries()) {
            const id = ids[card % ids.length]!;
            for (const col of model.values()) if (col.includes(id)) col.splice(col.indexOf(id), 1);
            const target = model.get(to)!;
            const slot =
              target.length === 0 || how === 0 ? target.length : pick % (target.length + (how === 3 ? 0 : 1));
            let m: { stage: Stage; afterId?: string; beforeId?: string } = { stage: to };
            if (target.length > 0 && how === 1) m = { stage: to, afterId: target[Math.min(slot, target.length - 1)]! };
            if (target.length > 0 && how === 2) m = { stage: to, beforeId: target[Math.min(slot, target.length - 1)]! };
            if (target.length > 1 && how === 3) {
              const at = Math.max(1, slot % target.length);
              m = { stage: to, afterId: target[at - 1]!, beforeId: target[at]! };
            }
            const index = m.afterId
              ? target.indexOf(m.afterId) + 1
              : m.beforeId
                ? target.indexOf(m.beforeId)
                : target.length;
            target.splice(index, 0, id);
            const at = new Date(Date.parse(NOW) + n * tick).toISOString();
            await moveApplication(database.db, owner, id, m, at);
          }

          for (const s of STAGES) expect(await columnOf(database.db, owner, s), s).toEqual(model.get(s));
          for (const { row, history } of await historiesOf(database.db, owner)) {
            expect(row.stage).toBe(history.at(-1)!.toStage);
            expect(Date.parse(row.stageEnteredAt)).toBe(Date.parse(history.at(-1)!.at));
            expect(history[0]!.fromStage).toBeNull();
            for (let i = 1; i < history.length; i++) {
              expect(history[i]!.fromStage).toBe(history[i - 1]!.toStage);
              expect(history[i]!.fromStage).not.toBe(history[i]!.toStage);
            }
          }
        },
      ),
      { numRuns: kind === "pglite" ? 25 : 25 },
    );
  });
});
