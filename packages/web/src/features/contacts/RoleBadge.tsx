import { Badge, type BadgeProps } from "@mantine/core";
import { CONTACT_ROLE_LABELS, type ContactRole } from "@loopwise/domain";
import { ROLE_COLORS } from "./people-colors";

export function RoleBadge({ role, ...props }: { role: ContactRole } & BadgeProps) {
  return (
    <Badge color={ROLE_COLORS[role]} variant="light" radius="sm" tt="none" fw={600} size="sm" {...props}>
      {CONTACT_ROLE_LABELS[role]}
    </Badge>
  );
}
