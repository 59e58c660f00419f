import type { z } from "zod";
import { checkPracticeReferences } from "./practice-table-schemas.js";
import type { ExportIdTable, ExportTable, ExportTables } from "./table-schemas.js";

/** Ids unique per table, links unique, and every reference pointing at a row of this document. */
export function checkReferences(doc: ExportTables, ctx: z.RefinementCtx) {
  const ids = (table: Exclude<ExportIdTable, "trackedProblems" | "practiceAttempts">) => {
    const seen = new Set<string>();
    doc[table].forEach((row, i) => unique(seen, row.id, [table, i, "id"], ctx));
    return seen;
  };
  const companies = ids("companies");
  const applications = ids("applications");
  const contacts = ids("contacts");
  const interviews = ids("interviews");
  const offers = ids("offers");
  for (const table of [
    "stageHistory",
    "applicationContacts",
    "outreach",
    "tasks",
    "negotiationEvents",
    "compDataPoints",
  ] as const) {
    ids(table);
  }

  const refer = (table: ExportTable, i: number, field: string, id: string | null, set: Set<string>, what: string) => {
    if (id !== null && !set.has(id)) {
      ctx.addIssue({ code: "custom", path: [table, i, field], message: `must be the id of ${what} in this file` });
    }
  };
  doc.applications.forEach((a, i) => refer("applications", i, "companyId", a.companyId, companies, "a company"));
  doc.stageHistory.forEach((h, i) =>
    refer("stageHistory", i, "applicationId", h.applicationId, applications, "an application"),
  );
  doc.contacts.forEach((c, i) => refer("contacts", i, "companyId", c.companyId, companies, "a company"));
  const links = new Set<string>();
  doc.applicationContacts.forEach((l, i) => {
    refer("applicationContacts", i, "applicationId", l.applicationId, applications, "an application");
    refer("applicationContacts", i, "contactId", l.contactId, contacts, "a contact");
    unique(links, `${l.applicationId} ${l.contactId} ${l.role}`, ["applicationContacts", i, "role"], ctx);
  });
  doc.outreach.forEach((o, i) => refer("outreach", i, "contactId", o.contactId, contacts, "a contact"));
  doc.interviews.forEach((v, i) => {
    refer("interviews", i, "applicationId", v.applicationId, applications, "an application");
    refer("interviews", i, "parentId", v.parentId, interviews, "an interview");
  });
  checkNoLoops(doc.interviews, ctx);
  // One offer per application, as the database holds them.
  const offered = new Set<string>();
  doc.offers.forEach((o, i) => {
    refer("offers", i, "applicationId", o.applicationId, applications, "an application");
    if (offered.has(o.applicationId)) {
      ctx.addIssue({ code: "custom", path: ["offers", i, "applicationId"], message: "has one offer per application" });
    }
    offered.add(o.applicationId);
  });
  doc.negotiationEvents.forEach((e, i) => refer("negotiationEvents", i, "offerId", e.offerId, offers, "an offer"));
  const panel = new Set<string>();
  doc.interviewers.forEach((p, i) => {
    refer("interviewers", i, "interviewId", p.interviewId, interviews, "an interview");
    refer("interviewers", i, "contactId", p.contactId, contacts, "a contact");
    unique(panel, `${p.interviewId} ${p.contactId}`, ["interviewers", i, "contactId"], ctx);
  });
  doc.tasks.forEach((t, i) => {
    refer("tasks", i, "companyId", t.companyId, companies, "a company");
    refer("tasks", i, "applicationId", t.applicationId, applications, "an application");
    refer("tasks", i, "contactId", t.contactId, contacts, "a contact");
  });
  checkPracticeReferences(doc, ctx);
}

function unique(seen: Set<string>, key: string, path: (string | number)[], ctx: z.RefinementCtx) {
  if (seen.has(key)) ctx.addIssue({ code: "custom", path, message: "appears twice in this file" });
  seen.add(key);
}

/** A session's parent chain must end at an interview without a parent (each row walked once). */
function checkNoLoops(interviews: ExportTables["interviews"], ctx: z.RefinementCtx) {
  const parentOf = new Map(interviews.map((v) => [v.id, v.parentId]));
  const ends = new Set<string>();
  interviews.forEach((v, i) => {
    const path = new Set<string>();
    let at: string | null | undefined = v.id;
    while (at && !ends.has(at)) {
      if (path.has(at)) {
        ctx.addIssue({ code: "custom", path: ["interviews", i, "parentId"], message: "makes a loop of interviews" });
        return;
      }
      path.add(at);
      at = parentOf.get(at);
    }
    for (const id of path) ends.add(id);
  });
}
