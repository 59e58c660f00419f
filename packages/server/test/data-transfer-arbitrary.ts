import {
  CONTACT_ROLES,
  INTERVIEW_KINDS,
  INTERVIEW_OUTCOMES,
  OUTREACH_CHANNELS,
  RED_FLAGS,
  REFERRAL_STATUSES,
  REMOTE_POLICIES,
  SOURCES,
  STAGES,
  type ExportDocument,
} from "@loopwise/domain";
import fc from "fast-check";
import {
  offerTablesArbitrary,
  compDataPointArbitrary,
  offerPreferencesArbitrary,
  timingOverridesArbitrary,
  timingSettingsArbitrary,
} from "./data-transfer-arbitrary-offers.js";
import {
  EARLIEST_MS,
  LATEST_MS,
  instantAt,
  text,
  maybe,
  instant,
  day,
  url,
  email,
  stamps,
  id,
  byCreation,
  ids,
  pick,
  pickOrNull,
  uniqueById,
} from "./data-transfer-rows.js";
import { practiceTablesArbitrary } from "./practice-arbitrary.js";

/*
 * Whole random datasets in the shape an export has (version 4): every table, offers with random
 * valid compensations, their negotiation logs, market data points, preferences, red flags, the
 * timing planner's settings and per-application overrides, the practice tables, references inside the document,
 * the schema's constraints respected (ranges, enums, a referral status only for a referrer, an end
 * after the start, unique links), rows in the order the export writes them (by creation time, then
 * id; the stage history in any order, which the import keeps).
 */

export const exportDocumentArbitrary: fc.Arbitrary<ExportDocument> = fc
  .record({ companies: ids(0, 3), contacts: ids(0, 4) })
  .chain(({ companies: companyIds, contacts: contactIds }) =>
    fc.record({
      companies: fc.tuple(
        ...companyIds.map((cid, i) =>
          fc.record({
            id: fc.constant(cid),
            // A number first keeps names unique however the database compares case.
            name: text(190, 0).map((s) => `${i}|${s}`),
            website: maybe(url),
            tier: maybe(fc.constantFrom(1 as const, 2 as const, 3 as const)),
            notes: maybe(text(20_000)),
          }),
        ),
      ),
      contacts: fc.tuple(
        ...contactIds.map((cid) =>
          fc.record({
            id: fc.constant(cid),
            companyId: pickOrNull(companyIds),
            name: text(200, 1),
            title: maybe(text(200)),
            email: maybe(email),
            phone: maybe(text(60)),
            profileUrl: maybe(url),
            howWeMet: maybe(text(500)),
            notes: maybe(text(20_000)),
          }),
        ),
      ),
      applicationIds: companyIds.length ? ids(0, 4) : fc.constant<string[]>([]),
      companyStamps: fc.array(stamps, { minLength: companyIds.length, maxLength: companyIds.length }),
      contactStamps: fc.array(stamps, { minLength: contactIds.length, maxLength: contactIds.length }),
    }),
  )
  .chain(({ companies, contacts, applicationIds, companyStamps, contactStamps }) => {
    const companyIds = companies.map((c) => c.id);
    const contactIds = contacts.map((c) => c.id);
    return fc.record({
      companies: fc.constant(byCreation(companies.map((c, i) => ({ ...c, ...companyStamps[i]! })))),
      contacts: fc.constant(byCreation(contacts.map((c, i) => ({ ...c, ...contactStamps[i]! })))),
      applications: fc.tuple(...applicationIds.map((aid) => applicationArbitrary(aid, companyIds))),
      contactIds: fc.constant(contactIds),
      interviewIds: applicationIds.length ? ids(0, 4) : fc.constant<string[]>([]),
    });
  })
  .chain(({ companies, contacts, applications, contactIds, interviewIds }) => {
    const applicationIds = applications.map((a) => a.row.id);
    // Shrinking can make two generated ids equal: keep the first row of each id.
    const histories = uniqueById(applications.flatMap((a) => a.history));
    return fc.record({
      format: fc.constant("loopwise" as const),
      version: fc.constant(4 as const),
      exportedAt: instant,
      companies: fc.constant(companies),
      applications: fc.constant(byCreation(applications.map((a) => a.row))),
      stageHistory: fc.shuffledSubarray(histories, { minLength: histories.length }),
      contacts: fc.constant(contacts),
      applicationContacts: linksArbitrary(applicationIds, contactIds),
      outreach: contactIds.length
        ? fc.array(outreachArbitrary(contactIds), { maxLength: 3 }).map(byCreation)
        : fc.constant<never[]>([]),
      interviews: interviewsArbitrary(interviewIds, applicationIds),
      interviewers:
        interviewIds.length && contactIds.length
          ? fc
              .uniqueArray(fc.record({ interviewId: pick(interviewIds), contactId: pick(contactIds) }), {
                selector: (p) => `${p.interviewId} ${p.contactId}`,
                maxLength: 4,
              })
              .map((rows) => rows.sort((a, b) => (a.interviewId + a.contactId < b.interviewId + b.contactId ? -1 : 1)))
          : fc.constant<never[]>([]),
      tasks: fc
        .array(
          fc.record({
            id,
            title: text(300, 1),
            notes: maybe(text(20_000)),
            dueOn: maybe(day),
            doneAt: maybe(instant),
            companyId: pickOrNull(companies.map((c) => c.id)),
            applicationId: pickOrNull(applicationIds),
            contactId: pickOrNull(contactIds),
            createdAt: instant,
            updatedAt: instant,
          }),
          { maxLength: 3 },
        )
        .map((rows) => byCreation(uniqueById(rows))),
      offerTables: offerTablesArbitrary(applicationIds),
      compDataPoints: fc.array(compDataPointArbitrary, { maxLength: 3 }).map((rows) => byCreation(uniqueById(rows))),
      offerPreferences: fc.array(offerPreferencesArbitrary, { maxLength: 1 }),
      timingSettings: fc.array(timingSettingsArbitrary, { maxLength: 1 }),
      practiceTables: practiceTablesArbitrary(),
    });
  })
  .map(({ offerTables, practiceTables, ...doc }) => ({ ...doc, ...offerTables, ...practiceTables }));

/** An application with a history of one to four changes; its stage is the history's last. */
function applicationArbitrary(aid: string, companyIds: string[]) {
  return fc
    .record({
      companyId: pick(companyIds),
      roleTitle: text(200, 1),
      level: maybe(text(80)),
      location: maybe(text(200)),
      remotePolicy: maybe(pick(REMOTE_POLICIES)),
      source: maybe(pick(SOURCES)),
      postingUrl: maybe(url),
      salary: maybe(fc.tuple(fc.nat({ max: 100_000_000_000 }), fc.nat({ max: 100_000_000_000 }))),
      salaryCurrency: maybe(fc.constantFrom("USD", "EUR", "JPY", "CHF")),
      desirability: maybe(fc.integer({ min: 1, max: 5 })),
      tags: fc.uniqueArray(text(40, 1), { maxLength: 4 }),
      appliedOn: maybe(day),
      nextAction: maybe(text(500)),
      nextActionDue: maybe(day),
      offerDeadline: maybe(day),
      timingOverrides: maybe(timingOverridesArbitrary),
      notes: maybe(text(20_000)),
      position: fc.stringMatching(/^[0-9A-Za-z]{1,12}$/),
      archived: fc.boolean(),
      stages: fc.array(fc.record({ id, stage: pick(STAGES), at: instant }), { minLength: 1, maxLength: 4 }),
      updatedAt: instant,
    })
    .map(({ salary, stages, ...a }) => {
      const steps = uniqueById(stages);
      const last = steps.at(-1)!;
      const [low, high] = salary ? [Math.min(...salary), Math.max(...salary)] : [null, null];
      return {
        row: {
          id: aid,
          ...a,
          salaryMinMinor: low,
          salaryMaxMinor: high,
          stage: last.stage,
          stageEnteredAt: last.at,
          createdAt: steps[0]!.at,
        },
        history: steps.map((step, i) => ({
          id: step.id,
          applicationId: aid,
          fromStage: i === 0 ? null : steps[i - 1]!.stage,
          toStage: step.stage,
          at: step.at,
        })),
      };
    });
}

function linksArbitrary(applicationIds: string[], contactIds: string[]) {
  if (!applicationIds.length || !contactIds.length) return fc.constant<never[]>([]);
  return fc
    .uniqueArray(
      fc
        .record({
          id,
          applicationId: pick(applicationIds),
          contactId: pick(contactIds),
          role: pick(CONTACT_ROLES),
          status: maybe(pick(REFERRAL_STATUSES)),
          createdAt: instant,
        })
        .map(({ status, ...l }) => ({ ...l, referralStatus: l.role === "referrer" ? status : null })),
      { selector: (l) => `${l.applicationId} ${l.contactId} ${l.role}`, maxLength: 4 },
    )
    .map((rows) => byCreation(uniqueById(rows)));
}

function outreachArbitrary(contactIds: string[]) {
  return fc.record({
    id,
    contactId: pick(contactIds),
    on: day,
    channel: pick(OUTREACH_CHANNELS),
    summary: text(2_000, 1),
    replied: fc.boolean(),
    followUpOn: maybe(day),
    followUpDone: fc.boolean(),
    createdAt: instant,
    updatedAt: instant,
  });
}

/** Interviews, some of them sessions of an earlier one (a loop), each ending after it starts. */
function interviewsArbitrary(interviewIds: string[], applicationIds: string[]) {
  if (!interviewIds.length) return fc.constant<never[]>([]);
  return fc
    .tuple(
      ...interviewIds.map((vid, i) =>
        fc
          .record({
            applicationId: pick(applicationIds),
            parent: i > 0 ? maybe(fc.integer({ min: 0, max: i - 1 })) : fc.constant(null),
            kind: pick(INTERVIEW_KINDS),
            title: maybe(text(200)),
            start: fc.integer({ min: EARLIEST_MS, max: LATEST_MS }),
            startMicros: fc.integer({ min: 0, max: 999 }),
            lengthMicros: fc.integer({ min: 1, max: 10 * 3_600_000_000 }),
            timeZone: fc.constantFrom("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Chatham"),
            location: maybe(text(500)),
            videoUrl: maybe(url),
            prepare: maybe(text(20_000)),
            notes: maybe(text(20_000)),
            selfRating: maybe(fc.integer({ min: 1, max: 5 })),
            outcome: pick(INTERVIEW_OUTCOMES),
            // A set, in any order: the export gives back the order stored.
            redFlags: fc.shuffledSubarray([...RED_FLAGS]),
            createdAt: instant,
            updatedAt: instant,
          })
          .map(({ parent, start, startMicros, lengthMicros, ...v }) => {
            const endMicros = startMicros + lengthMicros;
            return {
              id: vid,
              ...v,
              parentId: parent === null ? null : interviewIds[parent]!,
              startsAt: instantAt(start, startMicros),
              endsAt: instantAt(start + Math.floor(endMicros / 1000), endMicros % 1000),
            };
          }),
      ),
    )
    .map((rows) => byCreation(rows));
}
