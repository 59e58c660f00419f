import type { Locator, Page } from "playwright-core";

/** The application detail: its fields and the stage history. */
export class DetailPage {
  constructor(readonly page: Page) {}

  history(): Locator {
    return this.page.getByRole("list", { name: "Stage history" });
  }

  async historyEntries(): Promise<string[]> {
    await this.history().getByRole("listitem").first().waitFor();
    return this.history().getByRole("listitem").allInnerTexts();
  }
}
