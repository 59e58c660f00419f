import { z } from "zod";

/** Field schemas every boundary shares, so one kind of value fails with one message everywhere. */

export const idSchema = z.uuid({ error: "must be an id (UUID)" });

/** A calendar date as the API carries it: YYYY-MM-DD, and a real day. */
export const isoDateSchema = z.iso.date({ error: "must be a date as YYYY-MM-DD" });

/** An instant with its UTC offset, e.g. 2026-11-24T15:00:00-05:00 or ...Z. */
export const instantSchema = z.iso.datetime({ offset: true, error: "must be a date-time with an offset (ISO 8601)" });

/** A NUL character or half a surrogate pair: valid in JSON, impossible to store as PostgreSQL text. */
export const UNSTORABLE = /[\0\p{Cs}]/u;
export const UNSTORABLE_ERROR = "contains a character that cannot be stored (NUL or a lone surrogate)";

/** Refuses what PostgreSQL text cannot hold, with a 400 naming the field instead of its 500. */
export const storable = <T extends z.ZodType<string>>(schema: T) =>
  schema.refine((s) => !UNSTORABLE.test(s), { error: UNSTORABLE_ERROR });

export const trimmed = (max: number) =>
  storable(
    z
      .string()
      .trim()
      .max(max, { error: `at most ${max} characters` }),
  );

export const optionalText = (max: number) => trimmed(max).nullable().optional();

export const requiredText = (max: number) => trimmed(max).min(1, { error: "is required" });

export const urlSchema = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2048);

export const tierSchema = z.union([z.literal(1), z.literal(2), z.literal(3)], {
  error: "must be 1, 2 or 3",
});

/** Markdown notes: long, but bounded. */
export const notesSchema = optionalText(20_000);

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone such as Europe/Berlin. */
export const timeZoneSchema = z
  .string()
  .trim()
  .min(1, { error: "is required" })
  .refine(isTimeZone, { error: "must be an IANA time zone such as Europe/Berlin" });
