/**
 * Many splits are right: the answer is checked, not matched. `expected` is one valid split, or []
 * when none exists (then the answer must be [] too).
 */
export default function check(args: unknown[], expected: unknown, actual: unknown): true | string {
  const [hours, crews] = args as [number[], number];
  if (!Array.isArray(actual)) return "the answer is not a list of crews";
  if (!Array.isArray(expected) || expected.length === 0) {
    return actual.length === 0 ? true : "no split exists, so the answer must be []";
  }
  if (actual.length !== crews) return `expected ${crews} crews, got ${actual.length}`;
  const share = hours.reduce((sum, h) => sum + h, 0) / crews;
  const placed: number[] = [];
  for (const [i, crew] of actual.entries()) {
    if (!Array.isArray(crew) || !crew.every((h) => Number.isInteger(h))) return `crew ${i} is not a list of hours`;
    const total = (crew as number[]).reduce((sum, h) => sum + h, 0);
    if (total !== share) return `crew ${i} works ${total} hours, not ${share}`;
    placed.push(...(crew as number[]));
  }
  const byValue = (list: number[]) => JSON.stringify([...list].sort((a, b) => a - b));
  return byValue(placed) === byValue(hours) ? true : "the crews do not hold exactly the given workers";
}
