import { Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** The small uppercase heading of a drawer section. */
export function SectionTitle({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Title order={4} id={id} fz="sm" tt="uppercase" c="dimmed">
      {children}
    </Title>
  );
}

/** A quiet line of text: an empty section's hint. */
export function Dimmed({ children }: { children: ReactNode }) {
  return (
    <Text fz="sm" c="dimmed">
      {children}
    </Text>
  );
}
