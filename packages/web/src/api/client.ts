import { hc } from "hono/client";
import type { AppType } from "@loopwise/server";

/** The typed API client: paths, methods and inputs are checked against the server's routes. */
export const api = hc<AppType>("/api");

export type FieldErrors = Record<string, string>;

/** A non-2xx answer from the API, carrying the server's `{ error: { code, message, fields } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message);
    this.name = "ApiError";
  }

  get isConflict(): boolean {
    return this.status === 409;
  }
}

interface ErrorShape {
  error?: { code?: string; message?: string; fields?: FieldErrors };
}

/**
 * Awaits a client call and returns its JSON body typed as `T`, or throws an ApiError. The body
 * type is named by the caller with the domain types, which keep their brands (ids) intact.
 */
export async function unwrap<T>(call: Promise<Response>): Promise<T> {
  let response: Response;
  try {
    response = await call;
  } catch {
    throw new ApiError(0, "network", "Cannot reach the Loopwise server. Is it still running?");
  }
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as ErrorShape | undefined)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? "http_" + response.status,
      error?.message ?? `The server answered ${response.status}`,
      error?.fields,
    );
  }
  return body as T;
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
