import { Group, Text, ThemeIcon, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** A Data page section's icon, title and one line of what it is for. */
export function SectionHeader({
  icon,
  id,
  title,
  children,
}: {
  icon: ReactNode;
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <ThemeIcon variant="light" size="lg" radius="md" aria-hidden>
        {icon}
      </ThemeIcon>
      <div>
        <Title order={3} fz="lg" id={id}>
          {title}
        </Title>
        <Text c="dimmed" fz="sm">
          {children}
        </Text>
      </div>
    </Group>
  );
}
