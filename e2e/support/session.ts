import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { launchChromium } from "./chromium.js";
import { startFreshLoopwise } from "./loopwise.js";

export type FreshLoopwise = Awaited<ReturnType<typeof startFreshLoopwise>>;

export interface Session {
  loopwise: FreshLoopwise;
  page: Page;
}

/**
 * One suite's world: a real Loopwise on an empty home and a Chromium page at 1440x900 on its
 * home page. `prepare` runs before the page opens (to seed data). A script error on the page
 * fails the suite.
 */
export function browserSession(prepare?: (loopwise: FreshLoopwise) => Promise<void>): Session {
  const session = {} as Session;
  const pageErrors: string[] = [];
  let browser: Browser | undefined;
  beforeAll(async () => {
    session.loopwise = await startFreshLoopwise();
    await prepare?.(session.loopwise);
    browser = await launchChromium();
    session.page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    session.page.on("pageerror", (error) => pageErrors.push(error.message));
    await session.page.goto(session.loopwise.url);
  });
  afterAll(async () => {
    await browser?.close();
    await session.loopwise?.cleanup();
    expect(pageErrors).toEqual([]);
  });
  return session;
}
