import type { Locator, Page } from "playwright-core";

/** A grant's vesting: a preset as the schedule picker names it, or (month, percent) rows typed in the custom editor. */
export type VestingEntry = { preset: string } | { custom: { month: number; percent: number }[] };

export interface OfferEntry {
  /** As the application picker names it: "Company — Role · Stage". */
  application: string;
  base: number;
  bonusPercent?: number;
  signOn?: number;
  /** An RSU grant given as a value. */
  rsuValue?: number;
  vesting?: VestingEntry;
}

export interface CounterEntry {
  asked: string;
  response: string;
  /** The new base, typed over the offer's in the "numbers changed" editor. */
  base: number;
}

/** /offers: the offer form drawer and the Compare, Decide and Negotiate tabs. */
export class OffersPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Offers" }).click();
    await this.page.getByRole("heading", { name: "Offers", level: 2 }).waitFor();
  }

  async tab(name: "Compare" | "Decide" | "Negotiate" | "Market"): Promise<void> {
    await this.page.getByRole("tab", { name, exact: true }).click();
  }

  // The offer form ------------------------------------------------------------------------------

  form(): Locator {
    return this.page.getByRole("form", { name: "Record an offer" });
  }

  /** The live preview beside the form: its year-1 figure as shown. */
  async previewYearOne(): Promise<string> {
    const figure = this.form().getByText("Year 1", { exact: true }).locator("xpath=following-sibling::*[1]");
    await figure.waitFor();
    return (await figure.innerText()).trim();
  }

  /** Opens the form and types the offer in, leaving it open: the preview can be read before saving. */
  async fillOffer(entry: OfferEntry): Promise<void> {
    await this.page.getByRole("button", { name: "Add offer" }).click();
    const form = this.form();
    await this.pick(form.getByRole("combobox", { name: "Application" }), entry.application);
    await form.getByRole("textbox", { name: "Base salary" }).fill(String(entry.base));
    if (entry.bonusPercent !== undefined) {
      await form.getByRole("textbox", { name: "Bonus target" }).fill(String(entry.bonusPercent));
    }
    if (entry.signOn !== undefined) {
      await form.getByRole("textbox", { name: "Sign-on bonus" }).fill(String(entry.signOn));
    }
    if (entry.rsuValue !== undefined) {
      await form.getByRole("textbox", { name: "Grant value" }).fill(String(entry.rsuValue));
    }
    const vesting = entry.vesting;
    if (vesting && "preset" in vesting) {
      await this.pick(form.getByRole("combobox", { name: "Vesting schedule" }), vesting.preset);
    } else if (vesting) {
      await this.pick(form.getByRole("combobox", { name: "Vesting schedule" }), "Custom schedule…");
      await this.typeSchedule(form, vesting.custom);
    }
  }

  /** Types the custom schedule's rows over the ones the editor starts with, adding or removing rows to fit. */
  private async typeSchedule(form: Locator, rows: { month: number; percent: number }[]): Promise<void> {
    const months = form.getByRole("textbox", { name: /^Vesting event \d+: month$/ });
    while ((await months.count()) > rows.length) {
      await form.getByRole("button", { name: `Remove vesting event ${await months.count()}` }).click();
    }
    while ((await months.count()) < rows.length) {
      await form.getByRole("button", { name: "Add vesting event" }).click();
    }
    for (const [index, row] of rows.entries()) {
      await form.getByRole("textbox", { name: `Vesting event ${index + 1}: month` }).fill(String(row.month));
      await form.getByRole("textbox", { name: `Vesting event ${index + 1}: percent` }).fill(String(row.percent));
    }
  }

  /** Records the filled offer and waits for the drawer to close. */
  async saveOffer(): Promise<void> {
    const form = this.form();
    await form.getByRole("button", { name: "Record offer" }).click();
    await form.waitFor({ state: "detached" });
  }

  // Compare -------------------------------------------------------------------------------------

  compareTable(): Locator {
    return this.page.getByRole("table", { name: "Offers side by side" });
  }

  /** A figure of the compare table as shown, by its row ("Year 1", "4-year total") and the offer's company. */
  async figure(row: string, company: string): Promise<string> {
    const table = this.compareTable();
    const heads = await table.getByRole("row").first().getByRole("columnheader").allInnerTexts();
    const column = heads.findIndex((text) => text.split("\n")[0]?.trim() === company);
    if (column < 1) throw new Error(`no column for ${company} in ${JSON.stringify(heads)}`);
    const cells = table.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: row, exact: true }) });
    return (
      await cells
        .getByRole("cell")
        .nth(column - 1)
        .innerText()
    ).trim();
  }

  /** The compare table's header for an offer: its company, role, deadline and status. */
  offerHeader(company: string): Locator {
    return this.compareTable().getByRole("columnheader").filter({ hasText: company });
  }

  /** A chart's drawing (the SVG recharts renders) by the chart's accessible name. */
  chart(name: string): Locator {
    return this.page.locator(`[aria-label="${name}"]`).locator("svg.recharts-surface");
  }

  driverLines(): Locator {
    return this.page
      .getByRole("heading", { name: "What makes the difference" })
      .locator("xpath=..")
      .getByRole("listitem");
  }

  // Decide --------------------------------------------------------------------------------------

  matrix(): Locator {
    return this.page.getByRole("table", { name: "Decision matrix" });
  }

  /** The company whose column wears the "Best fit" trophy. */
  async winner(): Promise<string> {
    const head = this.matrix()
      .getByRole("columnheader")
      .filter({ has: this.page.locator('[aria-label="Best fit"]') });
    await head.waitFor();
    return (await head.innerText()).split("\n")[0]!.trim();
  }

  weight(label: string): Locator {
    return this.matrix().getByRole("slider", { name: `Weight of ${label}` });
  }

  /** Moves a weight slider with the keyboard, a step per arrow press, and waits until it saved. */
  async setWeight(label: string, value: number): Promise<void> {
    const slider = this.weight(label);
    const from = Number(await slider.getAttribute("aria-valuenow"));
    const saved = this.page.waitForResponse(
      (r) => r.request().method() === "PUT" && r.url().endsWith("/api/offer-preferences") && r.ok(),
    );
    await slider.focus();
    if (value === 0) await this.page.keyboard.press("Home");
    else if (value === 10) await this.page.keyboard.press("End");
    else {
      const key = value > from ? "ArrowRight" : "ArrowLeft";
      for (let step = 0; step < Math.abs(value - from); step++) await this.page.keyboard.press(key);
    }
    await saved;
  }

  sensitivityLines(): Locator {
    return this.page.getByRole("region", { name: "How sure is this?" }).getByRole("listitem");
  }

  // Negotiate -----------------------------------------------------------------------------------

  async pickNegotiation(company: string): Promise<void> {
    await this.page.getByRole("radiogroup", { name: "Offer" }).getByText(company, { exact: true }).click();
  }

  log(): Locator {
    return this.page.getByRole("region", { name: "Log" });
  }

  /** Logs "They countered" with new numbers: only the base moves. */
  async logCounter(counter: CounterEntry): Promise<void> {
    await this.log().getByRole("button", { name: "Log an event" }).click();
    const form = this.page.getByRole("form", { name: "Log a negotiation event" });
    await form.getByRole("radiogroup", { name: "What happened" }).getByText("They countered", { exact: true }).click();
    await form.getByRole("textbox", { name: "What you asked" }).fill(counter.asked);
    await form.getByRole("textbox", { name: "What came back" }).fill(counter.response);
    await form.getByRole("checkbox", { name: "The numbers changed" }).check();
    await form.getByRole("textbox", { name: /^Base \(/ }).fill(String(counter.base));
    await form.getByRole("button", { name: "Log it" }).click();
    await form.waitFor({ state: "detached" });
  }

  logEntries(): Locator {
    return this.log().getByTestId("negotiation-event");
  }

  private async pick(input: Locator, option: string): Promise<void> {
    await input.click();
    await this.page.getByRole("option", { name: option, exact: true }).click();
  }
}
