import { describe, expect, it } from "vitest";
import { PlanPage } from "./pages/plan-page.js";
import { browserAvailable } from "./support/chromium.js";
import { browserSession } from "./support/session.js";

const withBrowser = browserAvailable();

/** "11%" → 11; the page writes "<1%" and ">99%" at the ends. */
const percentOf = (text: string) => (text === "<1%" ? 0.5 : text === ">99%" ? 99.5 : Number(text.replace("%", "")));

describe.runIf(withBrowser)("the timing plan: a sample search, its actions, and what if", () => {
  const session = browserSession();

  it("opens Plan on the sample search and shows the actions, each with its reason and message", async () => {
    const { page } = session;
    await page.getByRole("button", { name: "Load a sample search" }).click();
    await page.getByTestId("card").first().waitFor();
    const plan = new PlanPage(page);
    await plan.open();

    // The sample holds offers that expire before the favourites can answer: the best action is an
    // extension, worth a measurable gain, with a message ready to send.
    await plan.actions().first().waitFor();
    expect(await plan.actions().count()).toBeGreaterThanOrEqual(3);
    const best = plan.actions().first();
    await expect.poll(() => best.innerText()).toMatch(/^Ask for an extension · /);
    expect(await best.innerText()).toMatch(/\+0\.\d\d overlap/i);
    await best.getByRole("button", { name: "Show the message" }).click();
    const body = best.getByRole("textbox", { name: "Message" });
    await expect.poll(() => body.inputValue()).toMatch(/Would it be possible to move the deadline from \w+day \d+ \w+/);

    // Risks name the offer that may expire first, with its chance.
    const risks = page.getByText(/^Offer from .+ expires on \w{3} \d+ \w{3}/);
    expect(await risks.count()).toBeGreaterThan(0);
    // The plan beats starting everything today (the sample is built so that it does).
    const [shown, naive] = [
      await plan.overlap(),
      await page.getByText("Start everything today").locator("xpath=following-sibling::*[1]").innerText(),
    ];
    expect(Number(shown.split(" ")[0])).toBeGreaterThan(Number(naive));
  });

  it("drags the window's end and a company's start, and the odds change at once", async () => {
    const { page, loopwise } = session;
    const plan = new PlanPage(page);
    const answer = await plan.answer(loopwise.url);
    const today = answer.input.today;
    const windowEnd = answer.plan.decisionWindow.end;
    const desirability = new Map(answer.input.applications.map((app) => [app.id, app.desirability]));
    // A company not yet applied to, the most wanted of them: its start can be dragged.
    const notStarted = answer.plan.companies
      .filter((company) => company.startOn === today)
      .sort((a, b) => desirability.get(b.id)! - desirability.get(a.id)!);
    expect(notStarted.length).toBeGreaterThan(0);
    const company = notStarted[0]!.name;

    // A company applied to today cannot have an offer within this week's window.
    expect(percentOf(await plan.inWindow(company))).toBeLessThan(1);
    const before = await plan.overlap();

    // Four weeks more of window: the late companies' offers can now land in it.
    await plan.dragLater(plan.windowEndHandle(), windowEnd, 28);
    await page.getByText("What if", { exact: true }).waitFor();
    await expect.poll(() => plan.overlap()).not.toBe(before);
    await expect.poll(async () => percentOf(await plan.inWindow(company))).toBeGreaterThanOrEqual(3);
    const widened = percentOf(await plan.inWindow(company));

    // Applying two weeks later leaves its offer little time before the window ends.
    await plan.dragLater(plan.startHandle(company), today, 14);
    await expect.poll(() => plan.startHandle(company).getAttribute("aria-label")).toMatch(/: \d+ \w+$/);
    await expect.poll(async () => percentOf(await plan.inWindow(company))).toBeLessThan(widened / 2);

    // Back to the plan as computed.
    await page.getByRole("button", { name: "Reset what-if" }).click();
    await expect.poll(() => plan.overlap()).toBe(before);
  });

  it("takes a company's pace from the user: a slow onsite lowers its odds, and clearing it brings them back", async () => {
    const { page, loopwise } = session;
    const plan = new PlanPage(page);
    const answer = await plan.answer(loopwise.url);
    // Of the companies still interviewing (no offer yet), the one most likely open in the window.
    const interviewing = answer.plan.companies
      .filter((company) => {
        const app = answer.input.applications.find((a) => a.id === company.id)!;
        return ["technical_screen", "onsite"].includes(app.stage) && !app.offer;
      })
      .sort((a, b) => b.pOpenInWindow - a.pOpenInWindow);
    expect(interviewing.length).toBeGreaterThan(0);
    const company = interviewing[0]!.name;
    const before = await plan.inWindow(company);
    expect(percentOf(before)).toBeGreaterThanOrEqual(3);

    // The onsite's blank field shows the planner's own estimate; the recruiter says a month, and
    // the offer now mostly lands after the window.
    const drawer = await plan.adjustPace(company);
    const onsite = plan.paceField(drawer, "Onsite", "Typical days");
    const assumed = answer.plan.assumptions.find((a) => a.stage === "onsite")!.medianDays;
    expect(await onsite.getAttribute("placeholder")).toBe(String(assumed));
    await onsite.fill("30");
    await onsite.press("Enter");
    await drawer.waitFor({ state: "hidden" });
    await expect.poll(async () => percentOf(await plan.inWindow(company))).toBeLessThan(percentOf(before) / 2);
    await plan.card(company).getByText("Your pace", { exact: true }).waitFor();

    // Clear all: back to the planner's estimates, and to the same odds (same input, same seed).
    const again = await plan.adjustPace(company);
    expect(await plan.paceField(again, "Onsite", "Typical days").inputValue()).toBe("30");
    await again.getByRole("button", { name: "Clear all" }).click();
    await again.waitFor({ state: "hidden" });
    await expect.poll(() => plan.inWindow(company)).toBe(before);
    await plan.card(company).getByText("Your pace", { exact: true }).waitFor({ state: "detached" });
  });
});
