import type { TestCase } from "@loopwise/domain";

/** Every seating, by seating guests left to right and never next to an enemy. */
function seatingPlans(guests: string[], banned: Set<string>): string[][] {
  const plans: string[][] = [];
  const row: string[] = [];
  const extend = () => {
    if (row.length === guests.length) plans.push([...row]);
    for (const guest of guests) {
      if (row.includes(guest) || (row.length > 0 && banned.has(`${row[row.length - 1]}|${guest}`))) continue;
      row.push(guest);
      extend();
      row.pop();
    }
  };
  extend();
  return plans;
}

/**
 * Eleven guests (40 million orders) with random feuds, redrawn until a few hundred to a few
 * thousand seatings remain, whatever the seed.
 */
export default function large(random: () => number): TestCase[] {
  const guests = ["Ada", "Bea", "Cal", "Dov", "Eve", "Finn", "Gia", "Hugo", "Ines", "Jade", "Kit"];
  for (;;) {
    const feuds: string[][] = [];
    guests.forEach((a, i) => guests.slice(i + 1).forEach((b) => random() < 0.6 && feuds.push([a, b])));
    const banned = new Set(feuds.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));
    const plans = seatingPlans(guests, banned);
    if (plans.length >= 200 && plans.length <= 5_000) return [{ args: [guests, feuds], expected: plans }];
  }
}
