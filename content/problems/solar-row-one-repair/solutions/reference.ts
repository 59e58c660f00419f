const PANELS = 31;

function longestWorkingRun(status: number): number {
  // For each panel, `current` counts the working run ending here and `bridged` the best run
  // ending here that has used the one repair.
  let best = 0;
  let current = 0;
  let bridged = 0;
  for (let i = 0; i < PANELS; i++) {
    if ((status >>> i) & 1) {
      current += 1;
      bridged += 1;
    } else {
      bridged = current + 1;
      current = 0;
    }
    best = Math.max(best, current, bridged);
  }
  return best;
}
