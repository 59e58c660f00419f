import type { DatabaseHandle } from "@loopwise/db";
import type { CompInputJson, ExportDocument } from "@loopwise/domain";
import { samplePractice } from "./practice-sample.js";

/** Ids by name, so a test can say which row it means. */
export const ID = {
  acme: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e01",
  zeta: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e02",
  engineer: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e11",
  manager: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e12",
  h1: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e21",
  h2: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e22",
  h3: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e23",
  h4: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e24",
  zoe: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e31",
  ravi: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e32",
  link1: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e41",
  link2: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e42",
  note1: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e51",
  loop: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e61",
  session: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e62",
  task1: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e71",
  task2: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e72",
  offer: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e81",
  ask: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e91",
  counter: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e92",
  point1: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4ea1",
  point2: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4ea2",
} as const;

/** A compensation as a user enters it: presets and a custom schedule, a clawback, options and exits. */
export function sampleComp(base = 150_000.5): CompInputJson {
  return {
    currency: "CHF",
    base,
    raises: [{ year: 2, percent: 3.5 }],
    bonusTargetPercent: 15,
    signOn: [{ amount: 20_000, year: 1, clawback: { kind: "prorated", months: 12 } }],
    equity: [
      { kind: "rsu", label: "New hire ‘grant’", grantValue: 200_000, schedule: "4y-cliff-monthly" },
      {
        kind: "option",
        shares: 1_000,
        strike: 12.5,
        sharePrice: 10,
        schedule: {
          events: [
            { month: 12, fraction: 0.5 },
            { month: 24, fraction: 0.5 },
          ],
        },
      },
    ],
    refreshers: { annualValue: 25_000, startYear: 2, schedule: "33-33-22-12" },
    otherYearly: [{ label: "Läuft: €-stipend", amount: 1_200 }],
    outlook: {
      kind: "exits",
      outcomes: [
        { valuePerShare: 0, probability: 0.6 },
        { valuePerShare: 40, probability: 0.4 },
      ],
    },
    years: 4,
  };
}

export const HOSTILE = '=HYPERLINK("http://x","y")';

/**
 * A small search touching every table and every awkward value: unicode, quotes, a formula, a
 * negative number as text, microseconds, an onsite loop with a session, history changes within
 * one tick, nulls, and money in minor units.
 */
export function sampleDocument(): ExportDocument {
  return {
    format: "loopwise",
    version: 4,
    exportedAt: "2025-02-28T09:00:00.000Z",
    companies: [
      {
        id: ID.acme,
        name: 'Acme, Inc. "Ünïcode" 日本',
        website: "https://acme.example/jobs?a=1,2;b",
        tier: 1,
        notes: "# Notes\n\n- pays **well**\n- <script>alert(1)</script>",
        createdAt: "2025-01-01T10:00:00.123456Z",
        updatedAt: "2025-01-02T10:00:00.000Z",
      },
      {
        id: ID.zeta,
        name: "Zeta; GmbH",
        website: null,
        tier: null,
        notes: null,
        createdAt: "2025-01-03T10:00:00.000Z",
        updatedAt: "2025-01-03T10:00:00.000Z",
      },
    ],
    applications: [
      {
        id: ID.engineer,
        companyId: ID.acme,
        roleTitle: HOSTILE,
        level: "-5",
        location: "Zürich, CH",
        remotePolicy: "hybrid",
        source: "referral",
        postingUrl: "https://acme.example/jobs/1",
        salaryMinMinor: 15_000_050,
        salaryMaxMinor: 18_000_000,
        salaryCurrency: "CHF",
        desirability: 5,
        tags: ["dream", "€uro", "a,b"],
        appliedOn: "2025-01-05",
        nextAction: "Send thank-you\tnote",
        nextActionDue: "2025-01-20",
        offerDeadline: "2025-02-28",
        timingOverrides: { stages: { onsite: { medianDays: 7, passRate: 0.4 } }, offerOpenDays: 10 },
        notes: "Line 1\r\nLine 2 ‘quoted’",
        stage: "onsite",
        stageEnteredAt: "2025-01-15T09:30:00.000001Z",
        position: "a0",
        archived: false,
        createdAt: "2025-01-04T08:00:00.000Z",
        updatedAt: "2025-01-15T09:30:00.000001Z",
      },
      {
        id: ID.manager,
        companyId: ID.zeta,
        roleTitle: "Engineering Manager",
        level: null,
        location: null,
        remotePolicy: null,
        source: null,
        postingUrl: null,
        salaryMinMinor: null,
        salaryMaxMinor: null,
        salaryCurrency: null,
        desirability: null,
        tags: [],
        appliedOn: null,
        nextAction: null,
        nextActionDue: null,
        offerDeadline: null,
        timingOverrides: null,
        notes: null,
        stage: "rejected",
        stageEnteredAt: "2025-01-10T00:00:00.000Z",
        position: "a0",
        archived: true,
        createdAt: "2025-01-06T00:00:00.000Z",
        updatedAt: "2025-01-10T00:00:00.000Z",
      },
    ],
    // Not grouped by application, and two changes in one tick: the order is the file's.
    stageHistory: [
      { id: ID.h1, applicationId: ID.engineer, fromStage: null, toStage: "applied", at: "2025-01-04T08:00:00.000Z" },
      { id: ID.h2, applicationId: ID.manager, fromStage: null, toStage: "applied", at: "2025-01-06T00:00:00.000Z" },
      {
        id: ID.h4,
        applicationId: ID.engineer,
        fromStage: "applied",
        toStage: "recruiter_screen",
        at: "2025-01-15T09:30:00.000001Z",
      },
      {
        id: ID.h3,
        applicationId: ID.engineer,
        fromStage: "recruiter_screen",
        toStage: "onsite",
        at: "2025-01-15T09:30:00.000001Z",
      },
      {
        id: "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e25",
        applicationId: ID.manager,
        fromStage: "applied",
        toStage: "rejected",
        at: "2025-01-10T00:00:00.000Z",
      },
    ],
    contacts: [
      {
        id: ID.zoe,
        companyId: ID.acme,
        name: "Zoë O'Brien-Łukasz",
        title: "VP, Engineering; Platform",
        email: "zoe@acme.example",
        phone: "+41 44 123 45 67 ext. 8",
        profileUrl: "https://www.linkedin.com/in/zoe",
        howWeMet: "Conference, 2024",
        notes: "Multi-line\nnote with \\ backslash and emoji 👩‍💻",
        createdAt: "2025-01-04T09:00:00.000Z",
        updatedAt: "2025-01-04T09:00:00.000Z",
      },
      {
        id: ID.ravi,
        companyId: null,
        name: "Ravi",
        title: null,
        email: null,
        phone: null,
        profileUrl: null,
        howWeMet: null,
        notes: null,
        createdAt: "2025-01-05T09:00:00.000Z",
        updatedAt: "2025-01-05T09:00:00.000Z",
      },
    ],
    applicationContacts: [
      {
        id: ID.link1,
        applicationId: ID.engineer,
        contactId: ID.zoe,
        role: "referrer",
        referralStatus: "submitted",
        createdAt: "2025-01-04T09:05:00.000Z",
      },
      {
        id: ID.link2,
        applicationId: ID.engineer,
        contactId: ID.ravi,
        role: "interviewer",
        referralStatus: null,
        createdAt: "2025-01-05T09:05:00.000Z",
      },
    ],
    outreach: [
      {
        id: ID.note1,
        contactId: ID.zoe,
        on: "2025-01-04",
        channel: "linkedin",
        summary: "Asked for a referral — she said yes",
        replied: true,
        followUpOn: "2025-01-11",
        followUpDone: false,
        createdAt: "2025-01-04T09:10:00.000Z",
        updatedAt: "2025-01-04T09:10:00.000Z",
      },
    ],
    interviews: [
      {
        id: ID.loop,
        applicationId: ID.engineer,
        parentId: null,
        kind: "onsite_loop",
        title: "Onsite",
        startsAt: "2025-01-20T08:00:00.000Z",
        endsAt: "2025-01-20T16:00:00.000Z",
        timeZone: "Europe/Zurich",
        location: "Bahnhofstrasse 1, Zürich",
        videoUrl: null,
        prepare: "System design; behavioural",
        notes: null,
        selfRating: null,
        outcome: "pending",
        redFlags: [],
        createdAt: "2025-01-15T10:00:00.000Z",
        updatedAt: "2025-01-15T10:00:00.000Z",
      },
      {
        id: ID.session,
        applicationId: ID.engineer,
        parentId: ID.loop,
        kind: "system_design",
        title: null,
        startsAt: "2025-01-20T09:00:00.000Z",
        endsAt: "2025-01-20T09:00:00.000001Z",
        timeZone: "Europe/Zurich",
        location: null,
        videoUrl: "https://meet.example/abc",
        prepare: null,
        notes: "Went well",
        selfRating: 4,
        outcome: "passed",
        redFlags: ["long_hours", "politics"],
        createdAt: "2025-01-15T10:01:00.000Z",
        updatedAt: "2025-01-21T10:01:00.000Z",
      },
    ],
    interviewers: [{ interviewId: ID.session, contactId: ID.ravi }],
    tasks: [
      {
        id: ID.task1,
        title: "Prepare @ the onsite",
        notes: null,
        dueOn: "2025-01-19",
        doneAt: "2025-01-19T20:00:00.000Z",
        companyId: null,
        applicationId: ID.engineer,
        contactId: null,
        createdAt: "2025-01-15T11:00:00.000Z",
        updatedAt: "2025-01-19T20:00:00.000Z",
      },
      {
        id: ID.task2,
        title: "Thank Zoë",
        notes: "+ a card",
        dueOn: null,
        doneAt: null,
        companyId: ID.acme,
        applicationId: null,
        contactId: ID.zoe,
        createdAt: "2025-01-16T11:00:00.000Z",
        updatedAt: "2025-01-16T11:00:00.000Z",
      },
    ],
    offers: [
      {
        id: ID.offer,
        applicationId: ID.engineer,
        comp: sampleComp(155_000),
        status: "negotiating",
        level: "L5 / Senior",
        title: HOSTILE,
        location: "Zürich, CH",
        startDate: "2025-04-01",
        receivedOn: "2025-02-20",
        exchangeRate: 1.1337,
        scores: { growth: 4, team_manager: 5 },
        notes: "Counter came back **fast**\n- 👍",
        createdAt: "2025-02-20T10:00:00.123456Z",
        updatedAt: "2025-02-24T10:00:00.000Z",
      },
    ],
    negotiationEvents: [
      {
        id: ID.ask,
        offerId: ID.offer,
        on: "2025-02-21",
        channel: "email",
        kind: "ask",
        asked: 'Could the base reach 160k? "Quoted", =1+1',
        response: null,
        before: null,
        after: null,
        createdAt: "2025-02-21T09:00:00.000Z",
        updatedAt: "2025-02-21T09:00:00.000Z",
      },
      {
        id: ID.counter,
        offerId: ID.offer,
        on: "2025-02-24",
        channel: "call",
        kind: "counter",
        asked: null,
        response: "155k base, sign-on unchanged",
        before: sampleComp(),
        after: sampleComp(155_000),
        createdAt: "2025-02-24T10:00:00.000Z",
        updatedAt: "2025-02-24T10:00:00.000Z",
      },
    ],
    compDataPoints: [
      {
        id: ID.point1,
        company: 'Acme, Inc. "Ünïcode" 日本',
        level: "L5",
        title: "Senior Engineer",
        location: "Zürich",
        currency: "CHF",
        baseMinor: 15_000_050,
        totalMinor: 21_000_000,
        source: "levels.fyi",
        observedOn: "2025-01-31",
        createdAt: "2025-02-01T08:00:00.000001Z",
      },
      {
        id: ID.point2,
        company: "Initech",
        level: null,
        title: null,
        location: null,
        currency: "JPY",
        baseMinor: null,
        totalMinor: 15_000_000,
        source: null,
        observedOn: null,
        createdAt: "2025-02-02T08:00:00.000Z",
      },
    ],
    offerPreferences: [
      { compareCurrency: "EUR", weights: { money_year1: 7.5, red_flags: 0 }, updatedAt: "2025-02-25T12:00:00.000Z" },
    ],
    timingSettings: [
      {
        constraints: {
          interviewsPerWeek: 4,
          blackoutDates: ["2025-03-10", "2025-03-11"],
          decisionWindow: { start: "2025-03-20", end: "2025-03-27" },
        },
        updatedAt: "2025-02-26T12:00:00.000Z",
      },
    ],
    ...samplePractice(),
  };
}

/** The sample as version 3 wrote it: no practice tables. */
export function sampleDocumentV3(): Record<string, unknown> {
  const {
    trackedProblems: _t,
    practiceAttempts: _a,
    practiceProgress: _p,
    practiceDrafts: _d,
    ...doc
  } = sampleDocument();
  return { ...doc, version: 3 };
}

/** The sample as version 2 wrote it: no timing settings, no timing overrides on applications. */
export function sampleDocumentV2(): Record<string, unknown> {
  const { timingSettings: _t, ...doc } = sampleDocumentV3() as ExportDocument;
  return {
    ...doc,
    version: 2,
    applications: doc.applications.map(({ timingOverrides: _o, ...application }) => application),
  };
}

/** The sample as version 1 wrote it: no offer or timing tables, no red flags, no timing overrides. */
export function sampleDocumentV1(): Record<string, unknown> {
  const {
    offers: _o,
    negotiationEvents: _n,
    compDataPoints: _c,
    offerPreferences: _p,
    timingSettings: _t,
    ...doc
  } = sampleDocumentV3() as ExportDocument;
  return {
    ...doc,
    version: 1,
    applications: doc.applications.map(({ timingOverrides: _v, ...application }) => application),
    interviews: doc.interviews.map(({ redFlags: _r, ...interview }) => interview),
  };
}

/** A document without its export time, to compare two exports. */
export function content(doc: ExportDocument): Omit<ExportDocument, "exportedAt"> {
  const { exportedAt: _, ...rest } = doc;
  return rest;
}

/**
 * Deletes every user's rows: the suites share one database, and a test that imports the sample
 * needs its ids free, as they are in a new instance.
 */
export async function wipeAllData(database: DatabaseHandle): Promise<void> {
  for (const table of [
    "practice_drafts",
    "practice_progress",
    "practice_attempts",
    "tracked_problems",
    "offer_preferences",
    "comp_data_points",
    "negotiation_events",
    "offers",
    "tasks",
    "interviewers",
    "interviews",
    "outreach",
    "application_contacts",
    "contacts",
    "stage_history",
    "applications",
    "companies",
  ]) {
    await database.rawQuery(`delete from ${table}`);
  }
}
