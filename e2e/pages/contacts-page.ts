import type { Locator, Page } from "playwright-core";

/** /contacts: the people of the search in a table, one open in a drawer with its outreach log. */
export class ContactsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Contacts" }).click();
    await this.page.getByRole("heading", { name: "Contacts", level: 2 }).waitFor();
  }

  row(name: string): Locator {
    return this.page.getByRole("row").filter({ has: this.page.getByRole("button", { name, exact: true }) });
  }

  /** Opens a contact's drawer from its name in the table. */
  async openContact(name: string): Promise<Locator> {
    await this.row(name).getByRole("button", { name, exact: true }).click();
    const drawer = this.drawer(name);
    await drawer.getByRole("heading", { name, level: 3 }).waitFor();
    return drawer;
  }

  drawer(name: string): Locator {
    return this.page.getByRole("dialog", { name, exact: true });
  }

  /** Logs an exchange dated today, with a follow-up on the day the picker names `followUpDay` ("22 November 2025"). */
  async logOutreach(name: string, summary: string, followUpDay: string): Promise<void> {
    const drawer = this.drawer(name);
    await drawer.getByRole("button", { name: "Log outreach" }).click();
    const form = drawer.getByRole("form", { name: "Log outreach" });
    await form.getByRole("textbox", { name: "Summary" }).fill(summary);
    await form.getByRole("textbox", { name: "Follow up on" }).click();
    await this.page.getByRole("button", { name: followUpDay, exact: true }).click();
    await form.getByRole("button", { name: "Log outreach" }).click();
    await form.waitFor({ state: "detached" });
  }

  outreachLog(name: string): Locator {
    return this.drawer(name).getByRole("list", { name: "Outreach log" });
  }

  async close(name: string): Promise<void> {
    await this.drawer(name).getByRole("button", { name: "Close", exact: true }).click();
    await this.drawer(name).waitFor({ state: "detached" });
  }
}
