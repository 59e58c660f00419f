import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BoardPage } from "./pages/board-page.js";
import { browserAvailable, launchChromium } from "./support/chromium.js";
import { startFreshLoopwise } from "./support/loopwise.js";

const withBrowser = browserAvailable();

describe.runIf(withBrowser)("exploring the sample search", () => {
  let loopwise: Awaited<ReturnType<typeof startFreshLoopwise>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    loopwise = await startFreshLoopwise();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on("pageerror", (error) => {
      throw error;
    });
    await page.goto(loopwise.url);
    await page.getByRole("button", { name: "Load a sample search" }).click();
    await page.getByTestId("card").first().waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await loopwise?.cleanup();
  });

  it("shows every stage as a column, each with its cards", async () => {
    const board = new BoardPage(page);
    for (const stage of ["Interested", "Applied", "Recruiter screen", "Technical screen", "Onsite", "Offer"]) {
      expect(await board.column(stage).getByTestId("card").count(), stage).toBeGreaterThan(0);
    }
    await board.expectCardIn("Onsite", "Northwind Robotics", "Senior Software Engineer");
  });

  it("filters the board by text through the header search", async () => {
    await page.getByRole("searchbox", { name: "Search" }).fill("Halcyon");
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="card"]').length === 1);
    expect(await page.getByTestId("card").getAttribute("aria-label")).toBe("Halcyon Pay — Staff Engineer, Payments");
    await page.getByRole("searchbox", { name: "Search" }).fill("");
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="card"]').length > 1);
  });

  it("lists the same applications in the table, sorted by company when asked", async () => {
    await page.getByRole("link", { name: /^Table/ }).click();
    await page.getByTestId("row").first().waitFor();
    await page.getByRole("columnheader", { name: "Company" }).getByRole("button").click();
    await page.waitForURL(/sort=company/);
    await page.waitForFunction(() => {
      const first = document.querySelector('[data-testid="row"]');
      return first?.textContent?.includes("Aster Biotech");
    });
    const rows = await page.getByTestId("row").allInnerTexts();
    // The table virtualizes: what is mounted is a prefix of the sorted rows.
    expect(rows.length).toBeGreaterThanOrEqual(15);
    const companies = rows.map((r) => r.split("\n")[0]!.trim());
    expect(companies).toEqual([...companies].sort((a, b) => a.localeCompare(b)));
  });

  it("edits a field in the detail, shows a bad one's error under it, and keeps the good one after a reload", async () => {
    await page.goto(loopwise.url);
    await new BoardPage(page).card("Lumen Data", "Senior Backend Engineer").click();
    const details = page.getByRole("form", { name: "Application details" });
    await details.getByRole("textbox", { name: "Level" }).fill("Staff");
    await details.getByRole("textbox", { name: "Job posting" }).fill("not a url");
    await details.getByRole("button", { name: "Save changes" }).click();
    await details.getByText("must be an http(s) URL").waitFor();

    await details.getByRole("textbox", { name: "Job posting" }).fill("https://lumen-data.example/jobs/42");
    await details.getByRole("button", { name: "Save changes" }).click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll("button")].some((b) => b.textContent?.includes("Save changes") && b.disabled),
    );
    await page.reload();
    const reloaded = page.getByRole("form", { name: "Application details" });
    await reloaded.getByRole("textbox", { name: "Level" }).waitFor();
    expect(await reloaded.getByRole("textbox", { name: "Level" }).inputValue()).toBe("Staff");
    expect(await reloaded.getByRole("textbox", { name: "Job posting" }).inputValue()).toBe(
      "https://lumen-data.example/jobs/42",
    );
  });

  it("switches to dark mode and remembers it", async () => {
    await page.goto(loopwise.url);
    await page.getByRole("button", { name: "Switch to dark mode" }).click();
    expect(await page.locator("html").getAttribute("data-mantine-color-scheme")).toBe("dark");
    await page.reload();
    await page.getByTestId("card").first().waitFor();
    expect(await page.locator("html").getAttribute("data-mantine-color-scheme")).toBe("dark");
  });
});
