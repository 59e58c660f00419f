import { Anchor, DataList, Stack, Text } from "@mantine/core";

const STEPS: { app: string; how: string }[] = [
  {
    app: "Apple Calendar",
    how: "File → New Calendar Subscription…, paste the link, and choose Location: On My Mac.",
  },
  {
    app: "Thunderbird",
    how: "In Calendar: New Calendar… → On the Network, paste the link as the location.",
  },
  {
    app: "Outlook (desktop)",
    how: "Add calendar → From Internet (or Subscribe from web), paste the link.",
  },
];

/** How to subscribe in the calendar apps that can reach a link on this computer. */
export function SubscribeHelp({ webcal }: { webcal: string }) {
  return (
    <Stack gap={6}>
      <Text fz="sm" fw={600}>
        Subscribe in your calendar app
      </Text>
      <DataList size="sm" labelWidth={150} gap={6}>
        {STEPS.map((step) => (
          <DataList.Item key={step.app}>
            <DataList.ItemLabel>{step.app}</DataList.ItemLabel>
            <DataList.ItemValue>{step.how}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
      <Text fz="sm" c="dimmed">
        Or{" "}
        <Anchor href={webcal} fz="sm">
          open the link in your default calendar app
        </Anchor>
        , if it handles webcal links.
      </Text>
    </Stack>
  );
}
