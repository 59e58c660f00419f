import type { ContactInput, ContactRole, OutreachInput, ReferralStatus } from "./contacts.js";
import type { InterviewInput } from "./interviews.js";
import type { TaskInput } from "./tasks.js";
import { addDaysToDate, calendarDateIn, instantAt } from "../time-zones.js";

/**
 * The people around the sample search: who referred, who recruits, who interviews, and what is due.
 * Everything names the sample's companies by name (the sample has one application per company) and
 * its contacts by a key; the loader resolves them to ids. Times are relative to `now`, so the Today
 * page of a fresh sample always has something on it.
 */
export interface SamplePeople {
  contacts: (Omit<ContactInput, "companyId"> & { key: string; companyName: string | null })[];
  links: { contactKey: string; companyName: string; role: ContactRole; referralStatus?: ReferralStatus }[];
  outreach: { contactKey: string; input: OutreachInput }[];
  interviews: {
    key: string;
    companyName: string;
    parentKey?: string;
    interviewerKeys: string[];
    input: Omit<InterviewInput, "applicationId" | "parentId" | "interviewerIds">;
  }[];
  tasks: {
    companyName?: string;
    contactKey?: string;
    input: Omit<TaskInput, "companyId" | "applicationId" | "contactId">;
  }[];
}

const HOUR_MS = 3_600_000;

// Invented people at the sample's invented companies; any likeness is accidental.
// prettier-ignore
const CONTACTS: SamplePeople["contacts"] = [
  { key: "priya", name: "Priya Raman", title: "Staff Engineer", companyName: "Northwind Robotics", email: "priya.raman@northwind-robotics.example", howWeMet: "Worked together on the perception team at a previous job", notes: "Offered to refer me. Prefers **email** over LinkedIn." },
  { key: "marcus", name: "Marcus Bell", title: "Technical Recruiter", companyName: "Halcyon Pay", email: "marcus.bell@halcyon-pay.example", phone: "+1 212 555 0142", howWeMet: "Reached out on LinkedIn" },
  { key: "lena", name: "Lena Okafor", title: "Engineering Manager, Storage", companyName: "Lumen Data", email: "lena@lumen-data.example", howWeMet: "Met at a database meetup" },
  { key: "tomas", name: "Tomás Herrera", title: "Senior Engineer", companyName: "Tessellate", howWeMet: "Former teammate", notes: "Knows the design-systems team lead." },
  { key: "aiko", name: "Aiko Tanaka", title: "Recruiting Coordinator", companyName: "Ironbark Security", email: "aiko.tanaka@ironbark-security.example" },
  { key: "sam", name: "Sam Whitfield", title: "Principal Engineer", companyName: "Ironbark Security", howWeMet: "Interviewer on the onsite loop" },
  { key: "dana", name: "Dana Kovač", title: "Engineer", companyName: "Cobalt Compilers", howWeMet: "Rust conference hallway track" },
  { key: "ruth", name: "Ruth Adeyemi", title: "Career coach", companyName: null, email: "ruth@coaching.example", howWeMet: "Alumni network", notes: "Mock interviews every other Friday." },
];

/**
 * The people, links, outreach, interviews and tasks of the sample search, dated around `now`; the
 * dates count from the user's today in `timeZone`.
 */
export function samplePeople(now: Date, timeZone = "UTC"): SamplePeople {
  const today = calendarDateIn(now, timeZone);
  const day = (offset: number) => addDaysToDate(today, offset);
  // Interviews fall in working hours where they take place. The video calls are in the user's own
  // zone: one later today (at 10:00, or the next half hour when that has passed) and one tomorrow.
  const meeting = (date: string, time: string, zone: string, minutes: number) => {
    const start = instantAt(date, time, zone).getTime();
    return { timeZone: zone, ...span(start, minutes) };
  };
  const span = (start: number, minutes: number) => ({
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + minutes * 60_000).toISOString(),
  });
  const nextHalfHour = Math.ceil((now.getTime() + HOUR_MS) / (HOUR_MS / 2)) * (HOUR_MS / 2);
  const laterToday = { timeZone, ...span(Math.max(instantAt(today, "10:00", timeZone).getTime(), nextHalfHour), 60) };
  const loopDay = day(6);

  return {
    contacts: CONTACTS,
    links: [
      { contactKey: "priya", companyName: "Northwind Robotics", role: "referrer", referralStatus: "submitted" },
      { contactKey: "marcus", companyName: "Halcyon Pay", role: "recruiter" },
      { contactKey: "lena", companyName: "Lumen Data", role: "hiring_manager" },
      { contactKey: "tomas", companyName: "Tessellate", role: "referrer", referralStatus: "asked" },
      { contactKey: "aiko", companyName: "Ironbark Security", role: "recruiter" },
      { contactKey: "sam", companyName: "Ironbark Security", role: "interviewer" },
      { contactKey: "dana", companyName: "Cobalt Compilers", role: "referrer", referralStatus: "to_ask" },
    ],
    outreach: [
      {
        contactKey: "priya",
        input: {
          on: day(-12),
          channel: "email",
          summary: "Asked whether she would refer me for the senior role",
          replied: true,
        },
      },
      {
        contactKey: "tomas",
        input: {
          on: day(-5),
          channel: "linkedin",
          summary: "Asked for a referral to the frontend team",
          replied: false,
          followUpOn: day(-1),
        },
      },
      {
        contactKey: "marcus",
        input: {
          on: day(-3),
          channel: "phone",
          summary: "Screen went well; he is scheduling the technical round",
          replied: true,
          followUpOn: day(0),
        },
      },
      {
        contactKey: "dana",
        input: {
          on: day(-2),
          channel: "email",
          summary: "Congratulated her on the release; mentioned I'm looking",
          replied: false,
          followUpOn: day(4),
        },
      },
    ],
    interviews: [
      {
        key: "halcyon-tech",
        companyName: "Halcyon Pay",
        interviewerKeys: [],
        input: {
          kind: "coding",
          ...laterToday,
          videoUrl: "https://meet.example/halcyon-coding",
          prepare: "- Hash maps and intervals\n- Talk through the approach **before** coding",
        },
      },
      {
        key: "juniper-sd",
        companyName: "Juniper Maps",
        interviewerKeys: [],
        input: {
          kind: "system_design",
          ...meeting(day(1), "11:00", timeZone, 60),
          videoUrl: "https://meet.example/juniper-design",
          prepare: "Design a routing-tile cache. Estimate tile counts first.",
        },
      },
      {
        key: "saltmarsh-screen",
        companyName: "Saltmarsh Energy",
        interviewerKeys: [],
        input: { kind: "phone_screen", ...meeting(day(-2), "14:00", "America/Denver", 45) },
      },
      {
        key: "ironbark-loop",
        companyName: "Ironbark Security",
        interviewerKeys: [],
        input: {
          kind: "onsite_loop",
          location: "Ironbark office, 1200 K St, Washington DC",
          ...meeting(loopDay, "09:30", "America/New_York", 5 * 60),
        },
      },
      {
        key: "ironbark-1",
        companyName: "Ironbark Security",
        parentKey: "ironbark-loop",
        interviewerKeys: ["sam"],
        input: { kind: "coding", ...meeting(loopDay, "09:30", "America/New_York", 60) },
      },
      {
        key: "ironbark-2",
        companyName: "Ironbark Security",
        parentKey: "ironbark-loop",
        interviewerKeys: [],
        input: { kind: "system_design", ...meeting(loopDay, "11:00", "America/New_York", 60) },
      },
      {
        key: "ironbark-3",
        companyName: "Ironbark Security",
        parentKey: "ironbark-loop",
        interviewerKeys: [],
        input: { kind: "behavioral", ...meeting(loopDay, "13:30", "America/New_York", 45) },
      },
      {
        key: "northwind-hm",
        companyName: "Northwind Robotics",
        interviewerKeys: [],
        input: {
          kind: "hiring_manager",
          ...meeting(day(-9), "11:00", "America/Los_Angeles", 45),
          notes: "Team owns the motion planner. Asked about on-call: one week in six.",
          selfRating: 4,
          outcome: "passed",
        },
      },
    ],
    tasks: [
      { companyName: "Lumen Data", input: { title: "Ask Lumen for the equity details in writing", dueOn: day(0) } },
      {
        companyName: "Wicklow Logistics",
        input: { title: "Decide whether to ask Wicklow for an extension", dueOn: day(-1) },
      },
      { contactKey: "ruth", input: { title: "Book a mock system-design interview with Ruth", dueOn: day(2) } },
      { input: { title: "Update the résumé's project section", dueOn: day(5), notes: "Lead with the latency work." } },
    ],
  };
}
