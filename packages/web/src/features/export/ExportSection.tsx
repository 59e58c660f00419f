/** Placeholder until its feature lands. */
export function ExportSection() {
  return null;
}
