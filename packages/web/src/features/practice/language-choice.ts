import type { Language } from "@loopwise/domain";

/** The language last picked on any problem, so a new problem opens in it. */
export const PREFERRED_LANGUAGE_KEY = "loopwise-practice-language";

/**
 * The language a problem opens in, among those this machine runs and the problem has starter code
 * for: the one last used on this problem, else the one last picked anywhere, else Python, else the first.
 */
export function chooseLanguage(
  available: readonly Language[],
  lastOnProblem: Language | null,
  preferred: string | null,
): Language | undefined {
  const candidates: (string | null)[] = [lastOnProblem, preferred, "python"];
  const found = candidates.find((language) => language !== null && (available as readonly string[]).includes(language));
  return (found as Language | undefined) ?? available[0];
}
