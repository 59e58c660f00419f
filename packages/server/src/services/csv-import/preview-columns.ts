import type { ColumnTarget, ImportField } from "./fields.js";

/** Column indexes per field of a proposed mapping, without the checks an import makes. */
export function columnsForPreview(headers: readonly string[], mapping: Record<string, ColumnTarget>) {
  const columns = new Map<ImportField, number[]>();
  headers.forEach((header, i) => {
    const target = mapping[header];
    if (target && target !== "ignore") columns.set(target, [...(columns.get(target) ?? []), i]);
  });
  return columns;
}
