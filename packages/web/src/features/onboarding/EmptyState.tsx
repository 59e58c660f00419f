import { Button, Card, Group, List, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconFlask2, IconPlus, IconRoute } from "@tabler/icons-react";
import { useLoadSample } from "../../api/use-applications";
import { notifyError, notifySuccess } from "../../components/notify";
import { openNewApplication } from "../../components/ui-store";
import classes from "./EmptyState.module.css";

/** The first visit: nothing tracked yet. Two ways in, both one click. */
export function EmptyState() {
  const sample = useLoadSample();

  const loadSample = () =>
    sample.mutate(undefined, {
      onSuccess: (result) =>
        notifySuccess(`${result.applications} applications at ${result.companies} companies`, "Sample search loaded"),
      onError: (error) => notifyError(error, "The sample search could not be loaded"),
    });

  return (
    <div className={classes.wrap}>
      <Card className={classes.panel} padding="xl" radius="lg" withBorder shadow="sm">
        <Stack align="center" gap="md">
          <ThemeIcon size={64} radius="xl" variant="light">
            <IconRoute size={34} stroke={1.6} />
          </ThemeIcon>
          <Title order={2} ta="center">
            Your job search starts here
          </Title>
          <Text c="dimmed" ta="center" maw={440}>
            Loopwise keeps every company, role and interview stage in one board on your own machine. Nothing leaves it.
          </Text>
          <List size="sm" c="dimmed" spacing={4} className={classes.list}>
            <List.Item>Track each application from “Interested” to an offer</List.Item>
            <List.Item>Drag cards between stages, or move them with the keyboard</List.Item>
            <List.Item>See how long each one has waited and what to do next</List.Item>
          </List>
          <Group gap="sm" mt="sm" justify="center">
            <Button
              size="md"
              leftSection={<IconPlus size={18} />}
              onClick={() => openNewApplication()}
              disabled={sample.isPending}
            >
              Add a company and role
            </Button>
            <Button
              size="md"
              variant="default"
              leftSection={<IconFlask2 size={18} />}
              onClick={loadSample}
              loading={sample.isPending}
              loaderProps={{ type: "dots" }}
            >
              Load a sample search
            </Button>
          </Group>
          <Text fz="xs" c="dimmed" ta="center">
            The sample is about 25 made-up companies across every stage, to explore before adding your own.
          </Text>
        </Stack>
      </Card>
    </div>
  );
}
