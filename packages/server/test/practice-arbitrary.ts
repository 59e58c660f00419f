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
import { id, instant, url, text, maybe, byCreation } from "./data-transfer-rows.js";

/*
 * Random practice tables in the shape an export has (version 4): tracked problems, attempts at
 * bank problems and at tracked ones (each kind with the columns the database's checks require),
 * progress by slug and drafts by slug and language, in the order the export writes them.
 */

type PracticeTables = Pick<
  ExportDocument,
  "trackedProblems" | "practiceAttempts" | "practiceProgress" | "practiceDrafts"
>;

const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
const count = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const byKey =
  <T>(key: (row: T) => string) =>
  (rows: T[]) =>
    rows.sort((a, b) => (key(a) < key(b) ? -1 : 1));

export function practiceTablesArbitrary(): fc.Arbitrary<PracticeTables> {
  const passedOfTotal = maybe(fc.tuple(count, count).map(([a, b]) => (a <= b ? [a, b] : [b, a])));
  const shared = {
    id: id,
    durationSeconds: maybe(count),
    interview: fc.boolean(),
    notes: maybe(text(20_000)),
    createdAt: instant,
  };
  const bankAttempt = fc
    .record({
      ...shared,
      slug,
      trackedProblemId: fc.constant(null),
      mode: fc.constantFrom("run" as const, "submit" as const),
      language: fc.constantFrom(...LANGUAGES),
      code: text(65_536),
      verdict: fc.constantFrom(...VERDICTS),
      timeMs: maybe(count),
      counts: passedOfTotal,
    })
    .map(({ counts, ...row }) => ({ ...row, passed: counts?.[0] ?? null, total: counts?.[1] ?? null }));
  const trackedAttempt = (trackedIds: string[]) =>
    fc.record({
      ...shared,
      slug: fc.constant(null),
      trackedProblemId: fc.constantFrom(...trackedIds),
      mode: fc.constant(null),
      language: maybe(fc.constantFrom(...LANGUAGES)),
      code: fc.constant(null),
      verdict: fc.constantFrom(...TRACKED_VERDICTS),
      timeMs: fc.constant(null),
      passed: fc.constant(null),
      total: fc.constant(null),
    });

  return fc.uniqueArray(id, { maxLength: 3 }).chain((trackedIds) =>
    fc.record({
      trackedProblems: fc
        .tuple(
          ...trackedIds.map((id) =>
            fc.record({
              id: fc.constant(id),
              name: text(200, 1),
              url: maybe(url),
              difficulty: maybe(fc.constantFrom(...DIFFICULTIES)),
              topics: fc.uniqueArray(fc.constantFrom(...TOPICS), { maxLength: 5 }),
              notes: maybe(text(20_000)),
              createdAt: instant,
              updatedAt: instant,
            }),
          ),
        )
        .map((rows) => byCreation(rows)),
      practiceAttempts: fc
        .uniqueArray(trackedIds.length ? fc.oneof(bankAttempt, trackedAttempt(trackedIds)) : bankAttempt, {
          selector: (row) => row.id,
          maxLength: 4,
        })
        .map((rows) => byCreation(rows)),
      practiceProgress: fc
        .uniqueArray(
          fc.record({
            slug,
            status: fc.constantFrom(...PRACTICE_STATUSES),
            lastLanguage: maybe(fc.constantFrom(...LANGUAGES)),
            notes: maybe(text(20_000)),
            updatedAt: instant,
          }),
          { selector: (row) => row.slug, maxLength: 3 },
        )
        .map(byKey((row) => row.slug)),
      practiceDrafts: fc
        .uniqueArray(
          fc.record({ slug, language: fc.constantFrom(...LANGUAGES), code: text(65_536), updatedAt: instant }),
          { selector: (row) => `${row.slug} ${row.language}`, maxLength: 3 },
        )
        // Ordered as the database orders bytes: the slug, then the language.
        .map(byKey((row) => `${row.slug}\u0000${row.language}`)),
    }),
  );
}
