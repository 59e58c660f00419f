import { Invalid } from "@loopwise/domain";
import type { $ZodError } from "zod/v4/core";
import { invalidFrom } from "../../errors.js";

/** How many faults a refused document's answer names: enough to fix it, not a second copy of the file. */
const MAX_FIELDS = 20;
const IN_MESSAGE = 3;

/** A document that does not validate: a 400 naming the first faults by their path in the file. */
export function invalidDocument(error: $ZodError): Invalid {
  const entries = Object.entries(invalidFrom(error, "body").fields ?? {});
  const named = entries
    .slice(0, IN_MESSAGE)
    .map(([field, message]) => `${field} ${message}`)
    .join("; ");
  const more = entries.length > IN_MESSAGE ? `; and ${entries.length - IN_MESSAGE} more` : "";
  return new Invalid(
    `The file is not a Loopwise export this version can read, so nothing was written: ${named}${more}`,
    Object.fromEntries(entries.slice(0, MAX_FIELDS)),
  );
}
