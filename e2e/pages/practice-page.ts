import type { Locator, Page } from "playwright-core";

/** /practice and /practice/$slug: the bank with its filters, a problem's editor, results and history. */
export class PracticePage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Practice" }).click();
    await this.page.getByRole("heading", { name: "Practice", level: 2 }).waitFor();
    await this.problems().first().waitFor();
  }

  // The list ------------------------------------------------------------------------------------

  problems(): Locator {
    return this.page.getByRole("table", { name: "Problems", exact: true }).getByTestId("problem-row");
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole("textbox", { name: "Search problems" }).fill(text);
  }

  /** "Solved 2", as the progress summary counts a status. */
  async count(status: "solved" | "attempted" | "new"): Promise<number> {
    const text = await this.page.getByTestId(`count-${status}`).innerText();
    return Number(text.replace(/\D+/g, ""));
  }

  /** Opens a problem from the list (the list opens first when another page shows). */
  async openProblem(title: string): Promise<void> {
    if (!(await this.page.getByRole("table", { name: "Problems", exact: true }).isVisible())) await this.open();
    await this.page.getByRole("link", { name: title, exact: true }).click();
    await this.page.getByRole("heading", { name: title, level: 2 }).waitFor();
    await this.editor().waitFor();
  }

  // A problem -----------------------------------------------------------------------------------

  /** CodeMirror's editable area (a textbox named after the language). */
  /** Picks the editor's language by its label ("Go (1.19.8)"). */
  async pickLanguage(name: RegExp): Promise<void> {
    await this.page.getByRole("combobox", { name: "Language" }).click();
    await this.page.getByRole("option", { name }).click();
  }

  editor(): Locator {
    return this.page.getByRole("textbox", { name: /^Your solution in / });
  }

  async code(): Promise<string> {
    return this.editor().evaluate((element) =>
      [...element.querySelectorAll(".cm-line")].map((line) => line.textContent ?? "").join("\n"),
    );
  }

  /**
   * Replaces the editor's text as a paste would: select all, then insert. Typing key by key
   * would meet the editor's auto-indent and closing brackets, which a pasted solution does not.
   */
  async replaceCode(code: string): Promise<void> {
    await this.editor().click();
    await this.page.keyboard.press("ControlOrMeta+a");
    await this.page.keyboard.insertText(code);
  }

  /** The draft's save indicator when it is in a state: saved, pending, saving, failed. */
  draftState(state: "saved" | "pending" | "saving" | "failed"): Locator {
    return this.page.locator(`[data-testid="save-state-draft"][data-state="${state}"]`);
  }

  /** Waits until the draft is on the server (the indicator says so). */
  async draftSaved(): Promise<void> {
    await this.draftState("saved").waitFor();
  }

  results(): Locator {
    return this.page.getByTestId("results");
  }

  /** The verdict the banner shows, once the judge has answered. */
  async verdict(): Promise<string> {
    const verdict = this.results().getByTestId("verdict");
    await verdict.waitFor();
    return (await verdict.innerText()).trim();
  }

  cases(): Locator {
    return this.results().getByTestId("case-result");
  }

  diff(): Locator {
    return this.results().getByLabel("Difference between the expected answer and yours");
  }

  async sideTab(name: "Statement" | "Notes" | "Attempts"): Promise<void> {
    await this.page.getByRole("tab", { name, exact: true }).click();
  }

  attempts(): Locator {
    return this.page.getByRole("table", { name: "Attempts" }).getByTestId("attempt-row");
  }
}
