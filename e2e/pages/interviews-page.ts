import type { Locator, Page } from "playwright-core";

export interface ScheduleInput {
  /** "Company — Role", as the application picker names it. */
  application: string;
  /** "Phone screen", "Coding", ... */
  kind: string;
  /** HH:MM on the interview's own clocks (the picker's default zone: the browser's), today. */
  time: string;
  durationMinutes: 30 | 45 | 60 | 90;
  /** As the picker names them: "Name · Company". */
  interviewers?: string[];
}

/** /interviews: the agenda, the schedule dialog, and an interview's drawer with its notes. */
export class InterviewsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Interviews" }).click();
    await this.page.getByRole("heading", { name: "Interviews", level: 2 }).waitFor();
  }

  async schedule(input: ScheduleInput): Promise<void> {
    // The page's button (an empty agenda offers a second one).
    await this.page.getByRole("button", { name: "Schedule interview" }).first().click();
    const form = this.page.getByRole("form", { name: "Schedule interview" });
    await this.pick(form.getByRole("combobox", { name: "Application" }), input.application);
    await this.pick(form.getByRole("combobox", { name: "Kind" }), input.kind);
    await form.getByRole("textbox", { name: "Start time" }).fill(input.time);
    await form.getByRole("button", { name: String(input.durationMinutes), exact: true }).click();
    for (const person of input.interviewers ?? []) {
      await this.pick(form.getByRole("combobox", { name: "Interviewers" }), person);
    }
    await form.getByRole("button", { name: "Schedule", exact: true }).click();
    await form.waitFor({ state: "detached" });
  }

  private async pick(input: Locator, option: string): Promise<void> {
    await input.click();
    await this.page.getByRole("option", { name: option, exact: true }).click();
  }

  /**
   * The open interview's drawer. Found by its tabs: the dialog itself has no accessible name (its
   * aria-label lands on Mantine's root element, not on the dialog).
   */
  drawer(): Locator {
    return this.page.getByRole("dialog").filter({ has: this.page.getByRole("tab", { name: "Notes & outcome" }) });
  }

  notesForm(): Locator {
    return this.drawer().getByRole("form", { name: "Notes and outcome" });
  }

  notes(): Locator {
    return this.notesForm().getByRole("textbox", { name: "Notes" });
  }

  /**
   * Adds `text` at the end of the notes through the clipboard, as a paste from elsewhere would
   * (the context needs the clipboard permissions).
   */
  async pasteIntoNotes(text: string): Promise<void> {
    await this.notes().focus();
    await this.page.keyboard.press("ControlOrMeta+End");
    await this.page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await this.page.keyboard.press("ControlOrMeta+V");
  }

  async saveNotes(): Promise<void> {
    const form = this.notesForm();
    await form.getByRole("button", { name: "Save notes" }).click();
    await form.getByText("All changes saved").waitFor();
  }

  async closeDrawer(): Promise<void> {
    await this.drawer().getByRole("button", { name: "Close", exact: true }).click();
    await this.drawer().waitFor({ state: "detached" });
  }
}
