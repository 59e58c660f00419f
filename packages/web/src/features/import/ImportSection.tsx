/** Placeholder until its feature lands. */
export function ImportSection() {
  return null;
}
