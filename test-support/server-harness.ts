import type { DatabaseHandle, DriverKind } from "@loopwise/db";
import { seededRandom, type UserId } from "@loopwise/domain";
import { createTestDb, type TestDatabase } from "@loopwise/db/testing";
import { createApp, type AppDeps } from "@loopwise/server";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { freshUser } from "./db-fixtures.js";

export const NOW = "2025-03-01T12:00:00.000Z";

/** A clock the test sets; it starts at NOW. */
export function fixedClock(start = NOW) {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    set(at: string) {
      now = new Date(at);
    },
  };
}

export interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field
  body: any;
  headers: Headers;
}

export interface CallOptions {
  /** Sent as is instead of JSON.stringify(body). */
  raw?: string;
  headers?: Record<string, string>;
}

/** The app in-process over a test database, asked as the user `user()` returns. */
export function testApp(database: DatabaseHandle, user: () => UserId, extra: Partial<AppDeps> = {}) {
  const clock = fixedClock();
  const app = createApp({
    database,
    clock,
    version: "test",
    random: seededRandom(7),
    resolveUser: async () => user(),
    ...extra,
  });
  async function call(method: string, path: string, body?: unknown, options: CallOptions = {}): Promise<Answer> {
    const hasBody = body !== undefined || options.raw !== undefined;
    const response = await app.request(path, {
      method,
      headers: { ...(hasBody ? { "content-type": "application/json" } : {}), ...options.headers },
      ...(hasBody ? { body: options.raw ?? JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON: the test sees the text.
    }
    return { status: response.status, body: parsed, headers: response.headers };
  }
  return { app, clock, call };
}

/**
 * The hooks of an API suite on one driver: a fresh database for the suite, a fresh user and the
 * clock at NOW for each test. `api` stays the same object across tests, so suites can hold it.
 */
export function apiSuite(kind: DriverKind, extra: Partial<AppDeps> = {}) {
  let database: TestDatabase | undefined;
  let user: UserId | undefined;
  let current: ReturnType<typeof testApp> | undefined;
  const app = () => {
    if (!current) throw new Error("apiSuite: used outside a test");
    return current;
  };
  beforeAll(async () => {
    database = await createTestDb(kind);
    current = testApp(database, () => user!, extra);
  });
  afterAll(() => database?.close());
  beforeEach(async () => {
    user = await freshUser(database!.db);
    app().clock.set(NOW);
  });
  return {
    api: {
      call: (...args: Parameters<ReturnType<typeof testApp>["call"]>) => app().call(...args),
      request: (path: string, init?: RequestInit) => Promise.resolve(app().app.request(path, init)),
      clock: { set: (at: string) => app().clock.set(at) },
    },
    database: () => database!,
    user: () => user!,
  };
}
