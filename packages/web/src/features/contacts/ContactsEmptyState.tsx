import { Button, Card, List, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconAddressBook, IconPlus } from "@tabler/icons-react";

/** No contacts yet: why they matter, and the one step to start. */
export function ContactsEmptyState({ onAdd }: { onAdd: () => void }) {
  return (
    <Card withBorder radius="lg" p="xl" maw={640} mx="auto" mt="xl">
      <Stack align="center" gap="md">
        <ThemeIcon size={56} radius="xl" variant="light">
          <IconAddressBook size={30} stroke={1.6} />
        </ThemeIcon>
        <Title order={3} ta="center">
          People open doors that cold applications don’t
        </Title>
        <Text c="dimmed" ta="center" maw={480}>
          A referral is often the fastest way past the résumé pile, and a recruiter who knows you answers sooner. Keep
          the people of your search here so no conversation goes cold.
        </Text>
        <List size="sm" c="dimmed" spacing={4}>
          <List.Item>Note who they are, where they work and how you know them</List.Item>
          <List.Item>Log every message, and set a date to follow up</List.Item>
          <List.Item>Link them to applications as referrer, recruiter or interviewer</List.Item>
        </List>
        <Button leftSection={<IconPlus size={16} />} onClick={onAdd} mt="xs">
          Add your first contact
        </Button>
        <Text fz="xs" c="dimmed" ta="center">
          You can also add people from an application’s People section.
        </Text>
      </Stack>
    </Card>
  );
}
