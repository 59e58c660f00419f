import {
  DIFFICULTIES,
  LANGUAGES,
  PRACTICE_STATUSES,
  TOPICS,
  TRACKED_VERDICTS,
  VERDICTS,
  type ExportDocument,
} from "@loopwise/domain";
import fc from "fast-check";

/*
 * Random practice tables in the shape an export has (version 4): tracked problems, attempts at
 * bank problems and at tracked ones (each kind with the columns the database's checks require),
 * progress by slug and drafts by slug and language, in the order the export writes them.
 */

type PracticeTables = Pick<
  ExportDocument,
  "trackedProblems" | "practiceAttempts" | "practiceProgress" | "practiceDrafts"
>;

/** The generators the document's arbitrary already has, passed in so both build rows alike. */
export interface RowArbitraries {
  id: fc.Arbitrary<string>;
  instant: fc.Arbitrary<string>;
  url: fc.Arbitrary<string>;
  text: (max: number, min?: number) => fc.Arbitrary<string>;
  maybe: <T>(arb: fc.Arbitrary<T>) => fc.Arbitrary<T | null>;
  byCreation: <T extends { createdAt: string; id: string }>(rows: T[]) => T[];
}

const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
const count = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const byKey =
  <T>(key: (row: T) => string) =>
  (rows: T[]) =>
    rows.sort((a, b) => (key(a) < key(b) ? -1 : 1));

export function practiceTablesArbitrary(h: RowArbitraries): fc.Arbitrary<PracticeTables> {
  const passedOfTotal = h.maybe(fc.tuple(count, count).map(([a, b]) => (a <= b ? [a, b] : [b, a])));
  const shared = {
    id: h.id,
    durationSeconds: h.maybe(count),
    interview: fc.boolean(),
    notes: h.maybe(h.text(20_000)),
    createdAt: h.instant,
  };
  const bankAttempt = fc
    .record({
      ...shared,
      slug,
      trackedProblemId: fc.constant(null),
      mode: fc.constantFrom("run" as const, "submit" as const),
      language: fc.constantFrom(...LANGUAGES),
      code: h.text(65_536),
      verdict: fc.constantFrom(...VERDICTS),
      timeMs: h.maybe(count),
      counts: passedOfTotal,
    })
    .map(({ counts, ...row }) => ({ ...row, passed: counts?.[0] ?? null, total: counts?.[1] ?? null }));
  const trackedAttempt = (trackedIds: string[]) =>
    fc.record({
      ...shared,
      slug: fc.constant(null),
      trackedProblemId: fc.constantFrom(...trackedIds),
      mode: fc.constant(null),
      language: h.maybe(fc.constantFrom(...LANGUAGES)),
      code: fc.constant(null),
      verdict: fc.constantFrom(...TRACKED_VERDICTS),
      timeMs: fc.constant(null),
      passed: fc.constant(null),
      total: fc.constant(null),
    });

  return fc.uniqueArray(h.id, { maxLength: 3 }).chain((trackedIds) =>
    fc.record({
      trackedProblems: fc
        .tuple(
          ...trackedIds.map((id) =>
            fc.record({
              id: fc.constant(id),
              name: h.text(200, 1),
              url: h.maybe(h.url),
              difficulty: h.maybe(fc.constantFrom(...DIFFICULTIES)),
              topics: fc.uniqueArray(fc.constantFrom(...TOPICS), { maxLength: 5 }),
              notes: h.maybe(h.text(20_000)),
              createdAt: h.instant,
              updatedAt: h.instant,
            }),
          ),
        )
        .map((rows) => h.byCreation(rows)),
      practiceAttempts: fc
        .uniqueArray(trackedIds.length ? fc.oneof(bankAttempt, trackedAttempt(trackedIds)) : bankAttempt, {
          selector: (row) => row.id,
          maxLength: 4,
        })
        .map((rows) => h.byCreation(rows)),
      practiceProgress: fc
        .uniqueArray(
          fc.record({
            slug,
            status: fc.constantFrom(...PRACTICE_STATUSES),
            lastLanguage: h.maybe(fc.constantFrom(...LANGUAGES)),
            notes: h.maybe(h.text(20_000)),
            updatedAt: h.instant,
          }),
          { selector: (row) => row.slug, maxLength: 3 },
        )
        .map(byKey((row) => row.slug)),
      practiceDrafts: fc
        .uniqueArray(
          fc.record({ slug, language: fc.constantFrom(...LANGUAGES), code: h.text(65_536), updatedAt: h.instant }),
          { selector: (row) => `${row.slug} ${row.language}`, maxLength: 3 },
        )
        // Ordered as the database orders bytes: the slug, then the language.
        .map(byKey((row) => `${row.slug}\u0000${row.language}`)),
    }),
  );
}
