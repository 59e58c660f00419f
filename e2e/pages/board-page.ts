import { expect } from "vitest";
import type { Locator, Page } from "playwright-core";

/** The board as a user sees it: columns by stage name, cards by "Company — Role". */
export class BoardPage {
  constructor(readonly page: Page) {}

  column(stage: string): Locator {
    return this.page.getByRole("region", { name: stage, exact: true });
  }

  card(company: string, role: string): Locator {
    return this.page.getByRole("button", { name: `${company} — ${role}`, exact: true });
  }

  async addApplication(company: string, role: string): Promise<void> {
    await this.page.getByRole("button", { name: "Add a company and role" }).click();
    const form = this.page.getByRole("form", { name: "New application" });
    await form.getByRole("combobox", { name: "Company" }).fill(company);
    await form.getByRole("textbox", { name: "Role" }).fill(role);
    await form.getByRole("button", { name: "Add application" }).click();
    await form.waitFor({ state: "detached" });
  }

  /** Drags with the mouse in small steps, as a hand would, so the drag sensor engages. */
  async drag(card: Locator, target: Locator): Promise<void> {
    // Both ends must be on screen, or where the drop lands depends on auto-scroll timing.
    await target.scrollIntoViewIfNeeded();
    await card.scrollIntoViewIfNeeded();
    const from = await card.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error("the card or the column is not on screen");
    const mouse = this.page.mouse;
    await mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await mouse.down();
    await mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2, { steps: 4 });
    await mouse.move(to.x + to.width / 2, to.y + 120, { steps: 12 });
    await mouse.up();
  }

  async expectCardIn(stage: string, company: string, role: string): Promise<void> {
    await this.column(stage)
      .getByRole("button", { name: `${company} — ${role}`, exact: true })
      .waitFor();
    expect(
      await this.column(stage)
        .getByRole("button", { name: `${company} — ${role}` })
        .count(),
    ).toBe(1);
  }
}
