import type { Stage } from "@loopwise/domain";

/** One Mantine color per stage, used by badges, column headers and the timeline. */
export const STAGE_COLORS: Record<Stage, string> = {
  interested: "gray",
  applied: "blue",
  recruiter_screen: "cyan",
  technical_screen: "indigo",
  onsite: "violet",
  offer: "teal",
  accepted: "green",
  rejected: "red",
  withdrawn: "orange",
  no_response: "gray",
};

export const TIER_COLORS: Record<1 | 2 | 3, string> = { 1: "yellow", 2: "blue", 3: "gray" };

export const TIER_DESCRIPTIONS: Record<1 | 2 | 3, string> = {
  1: "Tier 1: pays best, wanted most",
  2: "Tier 2",
  3: "Tier 3: practice and leverage",
};
