import { DomainError, TooMany, type FieldErrors } from "@loopwise/domain";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { $ZodError } from "zod/v4/core";
import { Invalid } from "@loopwise/domain";

export interface ErrorBody {
  error: { code: string; message: string; fields?: FieldErrors };
}

const STATUS: Record<DomainError["code"], ContentfulStatusCode> = {
  invalid: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_many: 429,
};

/** Turns a zod failure into an Invalid naming every field at fault. */
export function invalidFrom(error: $ZodError, where: string): Invalid {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields[[...issue.path, key].join(".")] = "is not a known field";
      continue;
    }
    const name = issue.path.join(".") || where;
    fields[name] ??= issue.message;
  }
  const summary = Object.entries(fields)
    .map(([field, message]) => `${field} ${message}`)
    .join("; ");
  return new Invalid(`Invalid ${where}: ${summary}`, fields);
}

/** The one place an error becomes an HTTP response. */
export function errorResponse(error: unknown, c: Context): Response {
  if (error instanceof DomainError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error instanceof Invalid && error.fields) body.error.fields = error.fields;
    if (error instanceof TooMany) c.header("Retry-After", String(error.retryAfterSeconds));
    return c.json(body, STATUS[error.code]);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const code = status === 413 ? "too_large" : status < 500 ? "invalid" : "internal";
    return c.json({ error: { code, message: error.message || "Bad request" } }, status);
  }
  console.error("loopwise: unexpected error", error);
  return c.json({ error: { code: "internal", message: "Something went wrong on our side" } }, 500);
}

export function notFoundResponse(c: Context): Response {
  return c.json({ error: { code: "not_found", message: `No route for ${c.req.method} ${c.req.path}` } }, 404);
}
