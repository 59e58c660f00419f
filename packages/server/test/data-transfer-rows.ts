import { compareInstants, urlSchema } from "@loopwise/domain";
import fc from "fast-check";

/**
 * The field and row generators every export-table arbitrary builds on: text with the characters
 * that break CSV and HTML, instants as the export writes them, days, URLs, e-mail addresses, ids,
 * and rows in the export's order.
 */

const tricky = fc.constantFrom(
  '=HYPERLINK("http://x","y")',
  "-5",
  "Zoë \"quoted\" 'single'",
  "a,b;c\nd\r\ne",
  " padded ",
  "😀👩‍👩‍👧 日本語",
  "back\\slash",
  "<script>alert(1)</script>",
);
export const text = (max: number, min = 0) =>
  fc
    .oneof(fc.string({ unit: "grapheme", minLength: min, maxLength: 12 }), tricky)
    .filter((s) => s.length >= min && s.length <= max && !s.includes("\0"));
export const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 3 });

export const EARLIEST_MS = Date.parse("1990-01-01T00:00:00Z");
export const LATEST_MS = Date.parse("2090-12-31T00:00:00Z");
/** An instant as the export writes it: UTC, milliseconds, and microseconds when they are not zero. */
export const instantAt = (ms: number, micros: number) => {
  const base = new Date(ms).toISOString();
  return micros === 0 ? base : base.replace("Z", `${String(micros).padStart(3, "0")}Z`);
};
export const instant = fc
  .tuple(fc.integer({ min: EARLIEST_MS, max: LATEST_MS }), fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 999 })))
  .map(([ms, micros]) => instantAt(ms, micros));
export const day = fc
  .integer({ min: EARLIEST_MS, max: LATEST_MS })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));
export const url = fc
  .oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.constant("https://x.example/a?b=c,d;e"))
  .filter((u) => urlSchema.safeParse(u).success);
export const email = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9]([a-z0-9._+-]{0,10}[a-z0-9])?$/),
    fc.constantFrom("example.com", "mail.example.org"),
  )
  .filter(([local]) => !local.includes(".."))
  .map(([local, domain]) => `${local}@${domain}`);
export const stamps = fc.tuple(instant, instant).map(([createdAt, updatedAt]) => ({ createdAt, updatedAt }));
export const id = fc.uuid({ version: 4 });

export function byCreation<T extends { createdAt: string; id: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => compareInstants(a.createdAt, b.createdAt) || (a.id < b.id ? -1 : 1));
}
export const ids = (min: number, max: number) => fc.uniqueArray(id, { minLength: min, maxLength: max });
export const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);
export const pickOrNull = <T>(list: readonly T[]) => (list.length ? maybe(pick(list)) : fc.constant(null));

/** A non-negative double that JSON writes as it is (no -0). */
export const plain = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v));

export function uniqueById<T extends { id: string }>(rows: T[]): T[] {
  return [...new Map(rows.map((r) => [r.id, r])).values()];
}
