import { Card, Stack, ThemeIcon, Title } from "@mantine/core";
import type { Icon } from "@tabler/icons-react";
import type { ReactNode } from "react";

interface Props {
  icon: Icon;
  title: string;
  /** What the page would show, and the buttons that get there. */
  children: ReactNode;
}

/** A page's empty state inside it: an icon, a title, then what to do. */
export function EmptyCard({ icon: IconShown, title, children }: Props) {
  return (
    <Card withBorder radius="lg" p="xl">
      <Stack align="center" gap="sm" py="lg">
        <ThemeIcon size={56} radius="xl" variant="light">
          <IconShown size={30} stroke={1.6} />
        </ThemeIcon>
        <Title order={3} ta="center">
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}
