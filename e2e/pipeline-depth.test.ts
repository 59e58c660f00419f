import { wallClockIn } from "@loopwise/domain";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BoardPage } from "./pages/board-page.js";
import { ContactsPage } from "./pages/contacts-page.js";
import { DataPage } from "./pages/data-page.js";
import { DetailPage } from "./pages/detail-page.js";
import { InterviewsPage } from "./pages/interviews-page.js";
import { TodayPage } from "./pages/today-page.js";
import { browserAvailable } from "./support/chromium.js";
import { browserSession } from "./support/session.js";

const withBrowser = browserAvailable();

const COMPANY = "Acme Robotics";
const ROLE = "Backend Engineer";
const APPLICATION = `${COMPANY} — ${ROLE}`;
const PERSON = "Dana Okafor";

/** The wall clock in a zone, from the domain's own zone arithmetic. */
function wallClock(at: number, zone: string) {
  const { date, time } = wallClockIn(at, zone);
  return { date, hour: Number(time.slice(0, 2)), minute: Number(time.slice(3, 5)) };
}

/**
 * The browser's zone. Europe/Berlin, unless its day is about to end or has just begun: the journey
 * needs an interview later today and one that started two hours ago, both on today's date, so
 * around Berlin's midnight it runs on New York's clocks (5 or 6 hours behind) instead.
 */
const ZONE = ["Europe/Berlin", "America/New_York"].find((zone) => {
  const { hour } = wallClock(Date.now(), zone);
  return hour >= 3 && hour < 22;
})!;

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** The times the journey schedules, on the browser's clocks, from the real now (the server's clock is real). */
function plan() {
  const now = wallClock(Date.now(), ZONE);
  const minutes = now.hour * 60 + now.minute;
  const later = (Math.floor((minutes + 5) / 60) + 1) * 60;
  const [year, month, day] = now.date.split("-").map(Number) as [number, number, number];
  const monthName = new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" }).format(
    Date.UTC(year, month - 1, 1),
  );
  return {
    today: now.date,
    /** How the day picker names today. */
    todayLabel: `${day} ${monthName} ${year}`,
    /** The next full hour at least five minutes away (at most 23:00, given the zone's choice). */
    later: hhmm(later),
    laterEnd: hhmm(later + 45),
    /** Two hours ago, on a five-minute mark: a one-hour interview that ended about an hour ago. */
    finished: hhmm(Math.floor((minutes - 120) / 5) * 5),
  };
}

describe.runIf(withBrowser)("people, interviews, Today, notes and the calendar feed", () => {
  const session = browserSession();
  const times = plan();
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // A page on fixed clocks and a 24-hour locale, so the times on screen and in the feed are checkable.
    context = await session.page
      .context()
      .browser()!
      .newContext({
        viewport: { width: 1440, height: 900 },
        timezoneId: ZONE,
        locale: "en-GB",
        permissions: ["clipboard-read", "clipboard-write"],
      });
    // Every wait is for a state the UI reaches in well under a second; fail fast when it does not.
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(session.loopwise.url);
  });
  afterAll(async () => {
    await context?.close();
    expect(pageErrors).toEqual([]);
  });

  it("adds an application from the empty state and opens it", async () => {
    const board = new BoardPage(page);
    await board.addApplication(COMPANY, ROLE);
    await board.card(COMPANY, ROLE).click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}/);
    await page.getByRole("dialog", { name: APPLICATION }).waitFor();
  });

  it("adds a new person as referrer, asks for the referral, and the status survives a reload", async () => {
    const detail = new DetailPage(page);
    await detail.addNewPerson(PERSON, "Referrer");
    expect(await detail.referralStatus(PERSON).inputValue()).toBe("To ask");
    await detail.setReferralStatus(PERSON, "Asked");

    await page.reload();
    await detail.referralStatus(PERSON).waitFor();
    expect(await detail.referralStatus(PERSON).inputValue()).toBe("Asked");
    expect(await detail.people().getByText("Referrer", { exact: true }).isVisible()).toBe(true);
  });

  it("lists the person on Contacts as a referrer; an outreach with a follow-up today shows on Today until done", async () => {
    await page.keyboard.press("Escape");
    await page.getByRole("dialog", { name: APPLICATION }).waitFor({ state: "detached" });
    const contacts = new ContactsPage(page);
    await contacts.open();
    expect(await contacts.row(PERSON).getByText("Referrer", { exact: true }).isVisible()).toBe(true);
    expect(await contacts.row(PERSON).getByText(COMPANY).isVisible()).toBe(true);

    await contacts.openContact(PERSON);
    await contacts.logOutreach(PERSON, "Asked her to refer me to the platform team", times.todayLabel);
    const entries = contacts.outreachLog(PERSON).getByRole("listitem");
    await entries.first().waitFor();
    expect(await entries.count()).toBe(1);
    expect(await entries.first().innerText()).toContain("today");
    await contacts.close(PERSON);

    const today = new TodayPage(page);
    await today.open();
    const followUps = today.section("Follow-ups due");
    await followUps.getByText(PERSON).waitFor();
    expect(await followUps.innerText()).toContain("Due today");
    await today.followUpDone(PERSON).click();
    await today.followUpDone(PERSON).waitFor({ state: "detached" });
    // It was the only follow-up: its section says so. The application itself still has a step in
    // the timing plan (it has not been applied to), which Today keeps listing.
    await followUps.getByText("No follow-ups due").waitFor();
    await today.section("Plan").getByText(COMPANY).first().waitFor();
  });

  it("schedules an interview later today with the person, and one that ended an hour ago; Today shows both", async () => {
    const interviews = new InterviewsPage(page);
    await interviews.open();
    await interviews.schedule({
      application: APPLICATION,
      kind: "Phone screen",
      time: times.later,
      durationMinutes: 45,
      interviewers: [`${PERSON} · ${COMPANY}`],
    });
    await interviews.schedule({ application: APPLICATION, kind: "Coding", time: times.finished, durationMinutes: 60 });

    const today = new TodayPage(page);
    await today.open();
    const phoneScreen = today.interview("Interviews today", `Open phone screen at ${COMPANY}`);
    await phoneScreen.waitFor();
    const row = await phoneScreen.innerText();
    // The agenda writes hours without a leading zero ("9:00").
    const [start, end] = row.split(/\n+/);
    expect(start).toBe(times.later.replace(/^0/, ""));
    expect(end).toBe(`to ${times.laterEnd.replace(/^0/, "")}`);
    expect(row).toContain(`with ${PERSON}`);
    expect(await today.section("Interviews today").getByTestId("interview-row").count()).toBe(2);

    const owed = today.section("Notes owed");
    await owed.getByText(`Coding · ${COMPANY}`).waitFor();
    expect(await owed.innerText()).toContain("ended 1 h ago");
    expect(await owed.getByRole("button", { name: "Write notes" }).count()).toBe(1);
  });

  it("writes Markdown notes with a pasted script: bold renders, the script never runs, and no notes are owed", async () => {
    const today = new TodayPage(page);
    await today.section("Notes owed").getByRole("button", { name: "Write notes" }).click();
    const interviews = new InterviewsPage(page);
    await interviews.notesForm().waitFor();
    await interviews.notes().fill("Went **bold** on the design question.\n\n");
    const pasted = "<script>window.__pwned = true</script>\n\n- asked about on-call";
    await interviews.pasteIntoNotes(pasted);
    expect(await interviews.notes().inputValue()).toContain(pasted);
    await interviews.saveNotes();

    await page.reload();
    const notes = interviews.notesForm();
    await notes.getByRole("strong").filter({ hasText: "bold" }).waitFor();
    expect(await notes.getByRole("listitem").filter({ hasText: "asked about on-call" }).count()).toBe(1);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await interviews.drawer().locator("script").count()).toBe(0);
    expect(await interviews.drawer().innerText()).not.toContain("__pwned");

    await interviews.closeDrawer();
    await today.section("Notes owed").getByText("All caught up", { exact: false }).waitFor();
  });

  it("turns the calendar feed on: it serves the interview in its zone, and a rotated link ends the old one", async () => {
    const data = new DataPage(page);
    await data.open();
    const url = await data.turnOnCalendar();
    expect(url.startsWith(`${session.loopwise.url}/`), url).toBe(true);

    const feed = await page.request.get(url);
    expect(feed.status()).toBe(200);
    // Long lines are folded at 75 octets; unfold before reading them.
    const ics = (await feed.text()).replace(/\r\n[ \t]/g, "");
    const events = ics.split("BEGIN:VEVENT").slice(1);
    const start = `DTSTART;TZID=${ZONE}:${times.today.replaceAll("-", "")}T${times.later.replace(":", "")}00`;
    const phoneScreen = events.find((event) => event.includes(start));
    expect(phoneScreen, `an event starting ${start}`).toBeDefined();
    expect(phoneScreen).toMatch(new RegExp(`^SUMMARY:.*${COMPANY}`, "m"));
    expect(ics).toContain(`BEGIN:VTIMEZONE\r\nTZID:${ZONE}`);

    const rotated = await data.rotateCalendarLink();
    expect(rotated).not.toBe(url);
    expect((await page.request.get(url)).status()).toBe(404);
    expect((await page.request.get(rotated)).status()).toBe(200);
  });
});
