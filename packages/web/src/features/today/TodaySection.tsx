import { Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

interface Props {
  title: string;
  icon: ReactNode;
  count: number;
  /** Said when there is nothing in this section. */
  empty: ReactNode;
  /** Beside the title, e.g. an add button. */
  action?: ReactNode;
  children?: ReactNode;
  /** Shown above the items whether or not there are any, e.g. an input that adds one. */
  top?: ReactNode;
  color?: string;
}

/** One block of the Today page: a title with its count, the items, or a line saying what to do. */
export function TodaySection({ title, icon, count, empty, action, children, top, color = "indigo" }: Props) {
  const id = `today-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <Card withBorder radius="lg" p="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Group gap={8} wrap="nowrap">
          {icon}
          <Title order={3} fz="md" id={id}>
            {title}
          </Title>
          <Badge size="sm" variant={count > 0 ? "filled" : "default"} color={count > 0 ? color : undefined} circle>
            {count}
          </Badge>
        </Group>
        {action}
      </Group>
      {top}
      {count === 0 ? (
        <Text fz="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack gap={6}>{children}</Stack>
      )}
    </Card>
  );
}
