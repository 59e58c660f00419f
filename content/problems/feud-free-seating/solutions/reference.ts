function seatingPlans(guests: string[], feuds: string[][]): string[][] {
  const enemies = new Map(guests.map((guest) => [guest, new Set<string>()]));
  for (const [a, b] of feuds) {
    enemies.get(a!)!.add(b!);
    enemies.get(b!)!.add(a!);
  }
  const plans: string[][] = [];
  const row: string[] = [];
  const seated = new Set<string>();
  const seatNext = (): void => {
    if (row.length === guests.length) {
      plans.push([...row]);
      return;
    }
    for (const guest of guests) {
      // Prune at once: a guest never sits beside an enemy, so no doomed row is extended.
      if (seated.has(guest) || (row.length > 0 && enemies.get(guest)!.has(row[row.length - 1]!))) continue;
      row.push(guest);
      seated.add(guest);
      seatNext();
      seated.delete(guest);
      row.pop();
    }
  };
  seatNext();
  return plans;
}
