/** Placeholder until its feature lands. */
export function BackupSection() {
  return null;
}
