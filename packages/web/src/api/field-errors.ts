import { isApiError } from "./client";

/**
 * A 400's field errors, keyed by top-level field and written as sentences for the form: the
 * server says "must not be below salaryMin", the form shows "Must not be below “Salary from”".
 * Null when the error names no fields.
 */
export function fieldErrorsOf(
  error: unknown,
  labels: Readonly<Record<string, string>> = {},
): Record<string, string> | null {
  if (!isApiError(error) || !error.fields) return null;
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(error.fields)) {
    const text = message.replace(/\b[a-z]+[A-Z][A-Za-z]*\b/g, (name) => (labels[name] ? `“${labels[name]}”` : name));
    fields[path.split(".")[0]!] ??= text.charAt(0).toUpperCase() + text.slice(1);
  }
  return fields;
}
