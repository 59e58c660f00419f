import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BoardPage } from "./pages/board-page.js";
import { DetailPage } from "./pages/detail-page.js";
import { browserAvailable, launchChromium } from "./support/chromium.js";
import { startFreshLoopwise } from "./support/loopwise.js";

const withBrowser = browserAvailable();

describe.runIf(withBrowser)("a new user's first search", () => {
  let loopwise: Awaited<ReturnType<typeof startFreshLoopwise>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    loopwise = await startFreshLoopwise();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on("pageerror", (error) => {
      throw error;
    });
  });
  afterAll(async () => {
    await browser?.close();
    await loopwise?.cleanup();
  });

  it("starts on an empty state that says what to do", async () => {
    await page.goto(loopwise.url);
    await page.getByRole("heading", { name: "Your job search starts here" }).waitFor();
    expect(await page.getByRole("button", { name: "Add a company and role" }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Load a sample search" }).isVisible()).toBe(true);
  });

  it("adds a company and an application, which lands in Interested", async () => {
    const board = new BoardPage(page);
    await board.addApplication("Acme Robotics", "Backend Engineer");
    await board.expectCardIn("Interested", "Acme Robotics", "Backend Engineer");
  });

  it("drags the card to Applied, and it is still there after a reload", async () => {
    const board = new BoardPage(page);
    const card = board.card("Acme Robotics", "Backend Engineer");
    await card.hover();
    await board.drag(card, board.column("Applied"));
    await board.expectCardIn("Applied", "Acme Robotics", "Backend Engineer");

    // The server, not only the screen, holds the move.
    const api = await (await fetch(`${loopwise.url}/api/applications`)).json();
    expect(api.applications.map((a: { stage: string }) => a.stage)).toEqual(["applied"]);

    await page.reload();
    await board.expectCardIn("Applied", "Acme Robotics", "Backend Engineer");
    expect(await board.column("Interested").getByTestId("card").count()).toBe(0);
  });

  it("opens the card and shows its history: created in Interested, moved to Applied", async () => {
    const board = new BoardPage(page);
    await board.card("Acme Robotics", "Backend Engineer").click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}/);
    const entries = await new DetailPage(page).historyEntries();
    expect(entries).toHaveLength(2);
    expect(entries[0]).toContain("Interested");
    expect(entries[1]).toContain("Applied");
  });

  it("moves the card with the keyboard too", async () => {
    await page.goto(loopwise.url);
    const board = new BoardPage(page);
    const card = board.card("Acme Robotics", "Backend Engineer");
    await card.focus();
    await page.keyboard.press("Shift+ArrowRight");
    await board.expectCardIn("Recruiter screen", "Acme Robotics", "Backend Engineer");
    await page.reload();
    await board.expectCardIn("Recruiter screen", "Acme Robotics", "Backend Engineer");
  });
});
