import { csvCompanyIds, csvImportKey, csvNameKey, existingCsvImportKeys, type Db } from "@loopwise/db";
import type { UserId } from "@loopwise/domain";
import type { RowError } from "./map-row.js";
import type { PreparedImport } from "./prepare.js";
import { dateWarning } from "./preview.js";

/** Lists in an answer stop here; the counts say how many there are in all. */
export const LISTED = 100;

export interface DuplicateRow {
  line: number;
  companyName: string;
  roleTitle: string;
  /** "existing": the user has it already; a number: the earlier line of the file. */
  sameAs: "existing" | number;
}

export interface CsvCheck {
  rows: number;
  toCreate: number;
  duplicates: number;
  duplicateRows: DuplicateRow[];
  newCompanies: number;
  errors: RowError[];
  errorCount: number;
  invalidRows: number;
  unknownStatuses: string[];
  blankRows: number;
  warnings: string[];
}

export function warningsOf(prepared: PreparedImport): string[] {
  const kept = prepared.salariesKept;
  return [
    ...prepared.decoded.warnings,
    ...prepared.dateColumns.flatMap((d) => dateWarning(d) ?? []),
    ...(kept > 0
      ? [`${kept} salar${kept === 1 ? "y" : "ies"} could not be read as a yearly amount; the text is kept in the notes`]
      : []),
  ];
}

/** The dry run: what an import of this file would do for this user, writing nothing. */
export async function checkImport(db: Db, userId: UserId, prepared: PreparedImport): Promise<CsvCheck> {
  const [existing, companies] = await Promise.all([existingCsvImportKeys(db, userId), csvCompanyIds(db, userId)]);
  const duplicateRows: DuplicateRow[] = prepared.inFileDuplicates.map((d) => ({ ...d }));
  const newCompanies = new Set<string>();
  let toCreate = 0;
  for (const { line, input } of prepared.rows) {
    if (existing.has(csvImportKey(input.companyName, input.roleTitle))) {
      duplicateRows.push({ line, companyName: input.companyName, roleTitle: input.roleTitle, sameAs: "existing" });
      continue;
    }
    toCreate++;
    const company = csvNameKey(input.companyName);
    if (!companies.has(company)) newCompanies.add(company);
  }
  duplicateRows.sort((a, b) => a.line - b.line);
  return {
    rows: prepared.table.records.length,
    toCreate,
    duplicates: duplicateRows.length,
    duplicateRows: duplicateRows.slice(0, LISTED),
    newCompanies: newCompanies.size,
    errors: prepared.errors.slice(0, LISTED),
    errorCount: prepared.errors.length,
    invalidRows: prepared.invalidRows,
    unknownStatuses: prepared.unknownStatuses,
    blankRows: prepared.blankRows,
    warnings: warningsOf(prepared),
  };
}
