/** Placeholder until its feature lands. */
export function CalendarSection() {
  return null;
}
