import type { Locator, Page } from "playwright-core";

/** The application detail: its fields, the stage history and the people on it. */
export class DetailPage {
  constructor(readonly page: Page) {}

  history(): Locator {
    return this.page.getByRole("list", { name: "Stage history" });
  }

  async historyEntries(): Promise<string[]> {
    await this.history().getByRole("listitem").first().waitFor();
    return this.history().getByRole("listitem").allInnerTexts();
  }

  people(): Locator {
    return this.page.getByRole("region", { name: "People", exact: true });
  }

  /** Adds someone new, typed by name, in a role ("Referrer", "Recruiter", ...). */
  async addNewPerson(name: string, role: string): Promise<void> {
    await this.people().getByRole("button", { name: "Add person" }).click();
    const form = this.people().getByRole("group", { name: "Add a person" });
    await form.getByRole("combobox", { name: "Person" }).fill(name);
    await this.page.getByRole("option", { name: `Create “${name}”` }).click();
    await form.getByRole("combobox", { name: "Role" }).click();
    await this.page.getByRole("option", { name: role, exact: true }).click();
    await form.getByRole("button", { name: "Add", exact: true }).click();
    await form.waitFor({ state: "detached" });
  }

  referralStatus(name: string): Locator {
    return this.people().getByRole("combobox", { name: `Referral status of ${name}` });
  }

  /** Picks a referral status and waits until the server has it (the screen shows it at once). */
  async setReferralStatus(name: string, status: string): Promise<void> {
    await this.referralStatus(name).click();
    const saved = this.page.waitForResponse(
      (r) => r.request().method() === "PATCH" && /\/contacts\//.test(r.url()) && r.ok(),
    );
    await this.page.getByRole("option", { name: status, exact: true }).click();
    await saved;
  }
}
