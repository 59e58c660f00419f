import { describe, expect, it } from "vitest";
import { BoardPage } from "./pages/board-page.js";
import { DetailPage } from "./pages/detail-page.js";
import { browserAvailable } from "./support/chromium.js";
import { browserSession } from "./support/session.js";

const withBrowser = browserAvailable();

describe.runIf(withBrowser)("a new user's first search", () => {
  const session = browserSession();

  it("starts on an empty state that says what to do", async () => {
    await session.page.goto(session.loopwise.url);
    await session.page.getByRole("heading", { name: "Your job search starts here" }).waitFor();
    expect(await session.page.getByRole("button", { name: "Add a company and role" }).isVisible()).toBe(true);
    expect(await session.page.getByRole("button", { name: "Load a sample search" }).isVisible()).toBe(true);
  });

  it("adds a company and an application, which lands in Interested", async () => {
    const board = new BoardPage(session.page);
    await board.addApplication("Acme Robotics", "Backend Engineer");
    await board.expectCardIn("Interested", "Acme Robotics", "Backend Engineer");
  });

  it("drags the card to Applied, and it is still there after a reload", async () => {
    const board = new BoardPage(session.page);
    const card = board.card("Acme Robotics", "Backend Engineer");
    await card.hover();
    await board.drag(card, board.column("Applied"));
    await board.expectCardIn("Applied", "Acme Robotics", "Backend Engineer");

    // The server, not only the screen, holds the move.
    const api = await (await fetch(`${session.loopwise.url}/api/applications`)).json();
    expect(api.applications.map((a: { stage: string }) => a.stage)).toEqual(["applied"]);

    await session.page.reload();
    await board.expectCardIn("Applied", "Acme Robotics", "Backend Engineer");
    expect(await board.column("Interested").getByTestId("card").count()).toBe(0);
  });

  it("opens the card and shows its history: created in Interested, moved to Applied", async () => {
    const board = new BoardPage(session.page);
    await board.card("Acme Robotics", "Backend Engineer").click();
    await session.page.waitForURL(/\/applications\/[0-9a-f-]{36}/);
    const entries = await new DetailPage(session.page).historyEntries();
    expect(entries).toHaveLength(2);
    expect(entries[0]).toContain("Interested");
    expect(entries[1]).toContain("Applied");
  });

  it("moves the card with the keyboard too", async () => {
    await session.page.goto(session.loopwise.url);
    const board = new BoardPage(session.page);
    const card = board.card("Acme Robotics", "Backend Engineer");
    await card.focus();
    await session.page.keyboard.press("Shift+ArrowRight");
    await board.expectCardIn("Recruiter screen", "Acme Robotics", "Backend Engineer");
    await session.page.reload();
    await board.expectCardIn("Recruiter screen", "Acme Robotics", "Backend Engineer");
  });
});
