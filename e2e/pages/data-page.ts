import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

/** /data: import, export, backups, and the calendar feed with its secret link. */
export class DataPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import & export" }).click();
    await this.page.getByRole("heading", { name: "Your data", level: 2 }).waitFor();
  }

  calendar(): Locator {
    return this.page.getByRole("region", { name: "Calendar feed" });
  }

  subscriptionLink(): Locator {
    return this.calendar().getByRole("textbox", { name: "Subscription link" });
  }

  /** Turns the feed on and answers its link, as the page shows it. */
  async turnOnCalendar(): Promise<string> {
    await this.calendar().getByRole("button", { name: "Turn on" }).click();
    await this.subscriptionLink().waitFor();
    return this.subscriptionLink().inputValue();
  }

  /** Makes a new link (after the confirmation) and answers it once the page shows it. */
  async rotateCalendarLink(): Promise<string> {
    const before = await this.subscriptionLink().inputValue();
    await this.calendar().getByRole("button", { name: "Rotate link" }).click();
    const dialog = this.page.getByRole("dialog", { name: "Make a new calendar link?" });
    await dialog.getByRole("button", { name: "Rotate link" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => this.subscriptionLink().inputValue()).not.toBe(before);
    return this.subscriptionLink().inputValue();
  }
}
