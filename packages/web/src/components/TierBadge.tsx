import { Badge } from "@mantine/core";
import type { Tier } from "@loopwise/domain";
import { TIER_COLORS, TIER_DESCRIPTIONS } from "./stage-colors";

export function TierBadge({ tier, size = "xs" }: { tier: Tier | null; size?: "xs" | "sm" }) {
  if (tier === null) return null;
  return (
    <Badge
      size={size}
      radius="sm"
      variant={tier === 1 ? "filled" : "light"}
      color={TIER_COLORS[tier]}
      title={TIER_DESCRIPTIONS[tier]}
      role="img"
      aria-label={TIER_DESCRIPTIONS[tier]}
      style={{ flexShrink: 0 }}
    >
      T{tier}
    </Badge>
  );
}
