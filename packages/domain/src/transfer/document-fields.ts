import { z } from "zod";
import { isTimeZone, storable, urlSchema } from "../fields.js";

/**
 * The export document's field schemas. They accept what the database can hold and the app's own
 * forms can produce, byte for byte: nothing is trimmed or normalised.
 */

export const text = (max: number) =>
  storable(z.string({ error: "must be text" }).max(max, { error: `at most ${max} characters` }));
export const required = (max: number) => text(max).min(1, { error: "is required" });

/** Timestamps the database can store and give back the same: years 1 to 9999 in UTC. */
const FIRST_INSTANT = Date.parse("0001-01-01T00:00:00Z");
const LAST_INSTANT = Date.parse("9999-12-31T23:59:59.999Z");

export const instant = z.iso
  .datetime({ offset: true, error: "must be a date-time with an offset (ISO 8601)" })
  .refine((s) => Date.parse(s) >= FIRST_INSTANT && Date.parse(s) <= LAST_INSTANT, {
    error: "must be within the years 1 to 9999 (UTC)",
  });
export const day = z.iso
  .date({ error: "must be a date as YYYY-MM-DD" })
  .refine((s) => !s.startsWith("0000"), { error: "must be within the years 1 to 9999" });
export const timeZone = text(100).refine(isTimeZone, { error: "must be an IANA time zone such as Europe/Berlin" });
export const rating = z.number().int().min(1).max(5, { error: "must be 1 to 5" });
export const minorUnits = z
  .number({ error: "must be a number" })
  .int({ error: "must be a whole number of minor units" })
  .nonnegative({ error: "cannot be negative" })
  .max(Number.MAX_SAFE_INTEGER, { error: "is too large" });
export const notes = text(20_000).nullable();
export const url = urlSchema.nullable();
export const stamps = { createdAt: instant, updatedAt: instant };
