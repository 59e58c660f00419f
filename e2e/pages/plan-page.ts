import type { Locator, Page } from "playwright-core";
import { addDaysToDate, type UserTimingPlan } from "@loopwise/domain";
import { dayMonth } from "../../packages/web/src/features/plan/plan-format.js";

/** /plan: the decision window and overlap, the actions, the risks and the timeline with its handles. */
export class PlanPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan" }).click();
    await this.page.getByRole("heading", { name: "Plan", level: 2 }).waitFor();
    await this.timeline().waitFor();
  }

  /** The plan and its input as the API answers them in the browser's zone (what the page shows). */
  async answer(baseUrl: string) {
    const zone = await this.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const response = await this.page.request.get(`${baseUrl}/api/timing/plan?tz=${encodeURIComponent(zone)}`);
    return (await response.json()) as UserTimingPlan;
  }

  timeline(): Locator {
    return this.page.getByRole("table", { name: "Timeline per company" });
  }

  actions(): Locator {
    return this.page.getByTestId("plan-action");
  }

  /** The plan's expected overlap as shown ("3.04 ± 0.01"), read once no re-planning is under way. */
  async overlap(): Promise<string> {
    await this.page.getByLabel("Re-planning").waitFor({ state: "detached" });
    return (await this.page.getByTestId("plan-overlap").innerText()).trim();
  }

  /** A company's row on the timeline. */
  row(company: string): Locator {
    return this.timeline()
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: company }) });
  }

  /** The chance a company's offer is open in the window, as its row shows it ("11%"). */
  async inWindow(company: string): Promise<string> {
    const text = await this.row(company)
      .getByText(/in window$/)
      .innerText();
    return text.replace(" in window", "").trim();
  }

  /** A company's card under "Next steps per company". */
  card(company: string): Locator {
    return this.page.getByRole("region", { name: company, exact: true });
  }

  /** Opens "Adjust pace" on a company's card; the drawer, once its form is there. */
  async adjustPace(company: string): Promise<Locator> {
    await this.card(company).getByRole("button", { name: "Adjust pace" }).click();
    const drawer = this.page.getByRole("dialog", { name: `Pace at ${company}` });
    await drawer.getByRole("button", { name: "Save" }).waitFor();
    return drawer;
  }

  /** A field of the pace drawer: `stage` as labelled ("Onsite"), `field` its column ("Typical days"). */
  paceField(drawer: Locator, stage: string, field: string): Locator {
    return drawer.getByRole("textbox", { name: `${stage}: ${field}` });
  }

  startHandle(company: string): Locator {
    return this.timeline().getByRole("button", { name: new RegExp(`^Start at ${company}: `) });
  }

  windowEndHandle(): Locator {
    return this.timeline().getByRole("button", { name: /^Decision window ends / });
  }

  /**
   * Drags a handle with the mouse `days` days later (it snaps to days). The handle names the date
   * it stands on ("Start at X: 21 Dec"): the pointer moves a few pixels at a time until the handle
   * names the target day, then lets go.
   */
  async dragLater(handle: Locator, from: string, days: number): Promise<void> {
    const target = dayMonth(addDaysToDate(from, days));
    await handle.scrollIntoViewIfNeeded();
    const box = await handle.boundingBox();
    if (!box) throw new Error("the handle is not on screen");
    const y = box.y + box.height / 2;
    let x = box.x + box.width / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    let label = "";
    for (let step = 0; step < 400 && !label.endsWith(` ${target}`); step++) {
      x += 2;
      await this.page.mouse.move(x, y);
      label = (await handle.getAttribute("aria-label")) ?? "";
    }
    await this.page.mouse.up();
    if (!label.endsWith(` ${target}`)) throw new Error(`the handle stopped at "${label}", not at ${target}`);
  }
}
