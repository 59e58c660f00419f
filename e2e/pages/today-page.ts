import type { Locator, Page } from "playwright-core";

/** /today: what is due, in sections ("Interviews today", "Notes owed", "Follow-ups due", ...). */
export class TodayPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Today" }).click();
    await this.page.getByRole("heading", { name: "Today", level: 2 }).waitFor();
  }

  section(title: string): Locator {
    return this.page.getByRole("region", { name: title, exact: true });
  }

  /** An interview in a section, by the name of its open button ("Open phone screen at Acme"). */
  interview(section: string, openName: string | RegExp): Locator {
    return this.section(section)
      .getByTestId("interview-row")
      .filter({ has: this.page.getByRole("button", { name: openName }) });
  }

  followUpDone(contactName: string): Locator {
    return this.section("Follow-ups due").getByRole("button", { name: `Followed up with ${contactName}: done` });
  }
}
