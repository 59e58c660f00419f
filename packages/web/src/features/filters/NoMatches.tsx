import { Button, Center, Stack, Text } from "@mantine/core";
import { IconArchive, IconFilterOff } from "@tabler/icons-react";
import { useViewSearch } from "./use-view-search";
import { clearFilters, hasFilters } from "./view-search";

/**
 * What the board or the table shows when the list is empty although applications exist: either the
 * filters hide them all, or every one of them is archived. Either way, one button brings them back.
 */
export function NoMatches({ view }: { view: "board" | "table" }) {
  const [search, set, replace] = useViewSearch();
  const filtered = hasFilters(search, view);
  return (
    <Center flex={1} p="xl">
      <Stack align="center" gap="sm" maw={420}>
        <Text fw={600}>{filtered ? "No application matches these filters" : "Every application is archived"}</Text>
        <Text c="dimmed" fz="sm" ta="center">
          {filtered
            ? "Clear the filters to see every application again, or change one of them above."
            : "Archived applications stay out of sight until you ask for them."}
        </Text>
        {filtered ? (
          <Button
            variant="light"
            leftSection={<IconFilterOff size={16} />}
            onClick={() => replace(clearFilters(search))}
          >
            Clear filters
          </Button>
        ) : (
          <Button variant="light" leftSection={<IconArchive size={16} />} onClick={() => set({ archived: "include" })}>
            Show archived
          </Button>
        )}
      </Stack>
    </Center>
  );
}
