import type { ContactRole, ReferralStatus } from "@loopwise/domain";

/** One Mantine colour per role and per referral status, the same on every page. */
export const ROLE_COLORS: Record<ContactRole, string> = {
  referrer: "teal",
  recruiter: "blue",
  hiring_manager: "violet",
  interviewer: "indigo",
  peer: "gray",
};

export const REFERRAL_COLORS: Record<ReferralStatus, string> = {
  to_ask: "gray",
  asked: "yellow",
  agreed: "blue",
  submitted: "green",
};
