import { Button, Group, Stack } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { SectionTitle } from "../contacts/SectionTitle";

interface Props {
  /** Names the section: its heading gets the id `${id}-title`. */
  id: string;
  title: string;
  /** The small "+" button beside the title; none while null (e.g. while its form is open). */
  add: { label: string; onClick: () => void } | null;
  gap?: number;
  children: ReactNode;
}

/** A section of the application drawer's side column: an uppercase title, an add button, the content. */
export function SideSection({ id, title, add, gap = 8, children }: Props) {
  return (
    <Stack gap={gap} mb="lg" component="section" aria-labelledby={`${id}-title`}>
      <Group justify="space-between" wrap="nowrap">
        <SectionTitle id={`${id}-title`}>{title}</SectionTitle>
        {add && (
          <Button size="compact-xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={add.onClick}>
            {add.label}
          </Button>
        )}
      </Group>
      {children}
    </Stack>
  );
}
