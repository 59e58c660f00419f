import type { Context, TypedResponse } from "hono";

/**
 * Answers with JSON text that is already serialized (built by the database), typed as `T` for the
 * web client just as `c.json(value)` would be.
 */
export function jsonText<T>(c: Context, text: string): Response & TypedResponse<T, 200, "json"> {
  return c.body(text, 200, { "Content-Type": "application/json; charset=UTF-8" }) as unknown as Response &
    TypedResponse<T, 200, "json">;
}
