/** Typed failures the one HTTP boundary turns into responses; domain code never knows HTTP. */
export type FieldErrors = Record<string, string>;

export abstract class DomainError extends Error {
  abstract readonly code: "not_found" | "invalid" | "conflict" | "forbidden" | "too_many";
}

export class NotFound extends DomainError {
  readonly code = "not_found";
}

export class Invalid extends DomainError {
  readonly code = "invalid";
  constructor(
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message);
  }
}

export class Conflict extends DomainError {
  readonly code = "conflict";
}

export class Forbidden extends DomainError {
  readonly code = "forbidden";
}

export class TooMany extends DomainError {
  readonly code = "too_many";
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
