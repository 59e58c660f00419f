import {
  CONTACT_ROLE_LABELS,
  fromMinorUnits,
  REFERRAL_STATUS_LABELS,
  SOURCE_LABELS,
  stageLabel,
  type ExportTables,
} from "@loopwise/domain";
import Papa from "papaparse";

/**
 * A text cell a spreadsheet would run as a formula (= + - @, a tab or a carriage return first)
 * gets a leading apostrophe. A cell that already starts with apostrophes before one of those gets
 * one more, so a reader that strips one apostrophe from such cells gets every text back exactly.
 * Numbers stay numbers.
 */
export const FORMULA_START = /^'*[=+\-@\t\r]/;

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark. */
const BOM = "\uFEFF";

function toCsv(fields: string[], rows: unknown[][]): string {
  const body = Papa.unparse({ fields, data: rows }, { escapeFormulae: FORMULA_START, newline: "\r\n" });
  // Every record ends with CRLF, the last one too (papaparse leaves it off after a data row).
  return BOM + (body.endsWith("\r\n") ? body : `${body}\r\n`);
}

const byName = (a: string, b: string) =>
  a.localeCompare(b, "en", { sensitivity: "base" }) || (a < b ? -1 : a > b ? 1 : 0);
const yesNo = (value: boolean) => (value ? "yes" : "no");
const REMOTE_LABELS = { onsite: "Onsite", hybrid: "Hybrid", remote: "Remote" } as const;

const APPLICATION_COLUMNS = [
  "Company",
  "Company tier",
  "Role",
  "Stage",
  "Level",
  "Location",
  "Remote",
  "Source",
  "Posting URL",
  "Salary min",
  "Salary max",
  "Currency",
  "Desirability",
  "Tags",
  "Applied on",
  "Next action",
  "Next action due",
  "Offer deadline",
  "Archived",
  "In stage since",
  "Created",
  "Updated",
  "Notes",
];

/** Applications, one a row, by company then role; salaries in the currency's major unit. */
export function applicationsCsv(tables: ExportTables): string {
  const companies = new Map(tables.companies.map((c) => [c.id, c]));
  const rows = tables.applications.map((a) => {
    const company = companies.get(a.companyId);
    const currency = a.salaryCurrency ?? "USD";
    const major = (minor: number | null) => (minor === null ? null : fromMinorUnits(minor, currency));
    return [
      company?.name ?? "",
      company?.tier ?? null,
      a.roleTitle,
      stageLabel(a.stage),
      a.level,
      a.location,
      a.remotePolicy && REMOTE_LABELS[a.remotePolicy],
      a.source && SOURCE_LABELS[a.source],
      a.postingUrl,
      major(a.salaryMinMinor),
      major(a.salaryMaxMinor),
      a.salaryCurrency,
      a.desirability,
      a.tags.join(", "),
      a.appliedOn,
      a.nextAction,
      a.nextActionDue,
      a.offerDeadline,
      yesNo(a.archived),
      a.stageEnteredAt,
      a.createdAt,
      a.updatedAt,
      a.notes,
    ];
  });
  rows.sort((x, y) => byName(String(x[0]), String(y[0])) || byName(String(x[2]), String(y[2])));
  return toCsv(APPLICATION_COLUMNS, rows);
}

const CONTACT_COLUMNS = [
  "Name",
  "Title",
  "Company",
  "Email",
  "Phone",
  "Profile URL",
  "How we met",
  "Applications",
  "Notes",
  "Created",
  "Updated",
];

/** Contacts, one a row, by name; "Applications" lists the ones each is linked to, with the role. */
export function contactsCsv(tables: ExportTables): string {
  const companies = new Map(tables.companies.map((c) => [c.id, c.name]));
  const applications = new Map(tables.applications.map((a) => [a.id, a]));
  const linksOf = new Map<string, string[]>();
  for (const link of tables.applicationContacts) {
    const application = applications.get(link.applicationId);
    if (!application) continue;
    const status = link.referralStatus ? `, ${REFERRAL_STATUS_LABELS[link.referralStatus].toLowerCase()}` : "";
    const text = `${companies.get(application.companyId) ?? ""}: ${application.roleTitle} (${CONTACT_ROLE_LABELS[link.role].toLowerCase()}${status})`;
    linksOf.set(link.contactId, [...(linksOf.get(link.contactId) ?? []), text]);
  }
  const rows = tables.contacts.map((c) => [
    c.name,
    c.title,
    c.companyId ? (companies.get(c.companyId) ?? "") : null,
    c.email,
    c.phone,
    c.profileUrl,
    c.howWeMet,
    (linksOf.get(c.id) ?? []).join("; "),
    c.notes,
    c.createdAt,
    c.updatedAt,
  ]);
  rows.sort((x, y) => byName(String(x[0]), String(y[0])));
  return toCsv(CONTACT_COLUMNS, rows);
}
