import { beforeAll, describe, expect, it } from "vitest";
import { BoardPage } from "./pages/board-page.js";
import { browserAvailable } from "./support/chromium.js";
import { browserSession } from "./support/session.js";

const withBrowser = browserAvailable();

describe.runIf(withBrowser)("exploring the sample search", () => {
  const session = browserSession();
  beforeAll(async () => {
    await session.page.getByRole("button", { name: "Load a sample search" }).click();
    await session.page.getByTestId("card").first().waitFor();
  });

  it("shows every stage as a column, each with its cards", async () => {
    const board = new BoardPage(session.page);
    for (const stage of ["Interested", "Applied", "Recruiter screen", "Technical screen", "Onsite", "Offer"]) {
      expect(await board.column(stage).getByTestId("card").count(), stage).toBeGreaterThan(0);
    }
    await board.expectCardIn("Onsite", "Ironbark Security", "Security Engineer");
  });

  it("filters the board by text through the header search", async () => {
    await session.page.getByRole("searchbox", { name: "Search" }).fill("Halcyon");
    await session.page.waitForFunction(() => document.querySelectorAll('[data-testid="card"]').length === 1);
    expect(await session.page.getByTestId("card").getAttribute("aria-label")).toBe(
      "Halcyon Pay — Staff Engineer, Payments",
    );
    await session.page.getByRole("searchbox", { name: "Search" }).fill("");
    await session.page.waitForFunction(() => document.querySelectorAll('[data-testid="card"]').length > 1);
  });

  it("lists the same applications in the table, sorted by company when asked", async () => {
    await session.page.getByRole("link", { name: /^Table/ }).click();
    await session.page.getByTestId("row").first().waitFor();
    await session.page.getByRole("columnheader", { name: "Company" }).getByRole("button").click();
    await session.page.waitForURL(/sort=company/);
    await session.page.waitForFunction(() => {
      const first = document.querySelector('[data-testid="row"]');
      return first?.textContent?.includes("Aster Biotech");
    });
    const rows = await session.page.getByTestId("row").allInnerTexts();
    // The table virtualizes: what is mounted is a prefix of the sorted rows.
    expect(rows.length).toBeGreaterThanOrEqual(15);
    const companies = rows.map((r) => r.split("\n")[0]!.trim());
    expect(companies).toEqual([...companies].sort((a, b) => a.localeCompare(b)));
  });

  it("edits a field in the detail, shows a bad one's error under it, and keeps the good one after a reload", async () => {
    await session.page.goto(session.loopwise.url);
    await new BoardPage(session.page).card("Lumen Data", "Senior Backend Engineer").click();
    const details = session.page.getByRole("form", { name: "Application details" });
    await details.getByRole("textbox", { name: "Level" }).fill("Staff");
    await details.getByRole("textbox", { name: "Job posting" }).fill("not a url");
    await details.getByRole("button", { name: "Save changes" }).click();
    await details.getByText("must be an http(s) URL").waitFor();

    await details.getByRole("textbox", { name: "Job posting" }).fill("https://lumen-data.example/jobs/42");
    await details.getByRole("button", { name: "Save changes" }).click();
    await session.page.waitForFunction(() =>
      [...document.querySelectorAll("button")].some((b) => b.textContent?.includes("Save changes") && b.disabled),
    );
    await session.page.reload();
    const reloaded = session.page.getByRole("form", { name: "Application details" });
    await reloaded.getByRole("textbox", { name: "Level" }).waitFor();
    expect(await reloaded.getByRole("textbox", { name: "Level" }).inputValue()).toBe("Staff");
    expect(await reloaded.getByRole("textbox", { name: "Job posting" }).inputValue()).toBe(
      "https://lumen-data.example/jobs/42",
    );
  });

  it("switches to dark mode and remembers it", async () => {
    await session.page.goto(session.loopwise.url);
    await session.page.getByRole("button", { name: "Switch to dark mode" }).click();
    expect(await session.page.locator("html").getAttribute("data-mantine-color-scheme")).toBe("dark");
    await session.page.reload();
    await session.page.getByTestId("card").first().waitFor();
    expect(await session.page.locator("html").getAttribute("data-mantine-color-scheme")).toBe("dark");
  });
});
