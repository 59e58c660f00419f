import { createCompany, ensureLocalUser, insertApplication } from "@loopwise/db";
import { spreadPositions, STAGES } from "@loopwise/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { BoardPage } from "./pages/board-page.js";
import { browserAvailable } from "./support/chromium.js";
import { browserSession, type FreshLoopwise } from "./support/session.js";

const withBrowser = browserAvailable();

/** 2,000 cards over 100 companies, spread evenly over every stage, written straight to the database. */
async function seedBoard(loopwise: FreshLoopwise): Promise<void> {
  const { db } = loopwise.database;
  const user = await ensureLocalUser(db);
  const at = new Date().toISOString();
  await db.transaction(async (tx) => {
    const companies = [];
    for (let c = 0; c < 100; c++) companies.push((await createCompany(tx, user, { name: `Company ${c}` }, at)).id);
    const perStage = CARDS / STAGES.length;
    for (const [s, stage] of STAGES.entries()) {
      const positions = spreadPositions(perStage);
      for (let i = 0; i < perStage; i++) {
        const values = { companyId: companies[(s * perStage + i) % 100]!, roleTitle: `Role ${stage} ${i}` };
        await insertApplication(tx, user, values, [{ stage, at }], positions[i]!, at);
      }
    }
  });
}
const CARDS = 2000;

describe.runIf(withBrowser)(`a board of ${CARDS} cards`, () => {
  const session = browserSession(seedBoard);
  beforeAll(() => session.page.getByTestId("card").first().waitFor());

  it("mounts only the cards in view", async () => {
    const mounted = await session.page.getByTestId("card").count();
    expect(mounted).toBeGreaterThan(10);
    expect(mounted).toBeLessThan(CARDS / 5);
  });

  it("scrolls a column to its last card", async () => {
    const board = new BoardPage(session.page);
    const scroller = board.column("Applied").getByTestId("column-scroller");
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await board.card("Company 99", "Role applied 199").waitFor();
  });

  it("drags a card into another column and the server keeps it", async () => {
    const board = new BoardPage(session.page);
    const card = board.card("Company 0", "Role interested 0");
    await card.scrollIntoViewIfNeeded();
    await card.hover();
    await board.drag(card, board.column("Technical screen"));
    await board.column("Technical screen").getByRole("button", { name: "Company 0 — Role interested 0" }).waitFor();
    const list = await (
      await fetch(`${session.loopwise.url}/api/applications?q=Role%20interested%200&stage=technical_screen`)
    ).json();
    expect(list.applications.map((a: { roleTitle: string }) => a.roleTitle)).toContain("Role interested 0");
  });
});
