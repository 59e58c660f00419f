import { Button, Chip, Group, MultiSelect, Select, Switch, Text, Tooltip } from "@mantine/core";
import { IconFilterOff, IconKeyboard } from "@tabler/icons-react";
import { REMOTE_POLICIES, STAGES, stageLabel } from "@loopwise/domain";
import { useState } from "react";
import { KEYBOARD_MOVE_HINT } from "../../components/shortcuts";
import { useAllTags } from "./use-all-tags";
import { clearFilters, hasFilters, type ViewSearch } from "./view-search";
import { useViewSearch } from "./use-view-search";
import classes from "./FilterBar.module.css";

const REMOTE_LABELS = { onsite: "Onsite", hybrid: "Hybrid", remote: "Remote" } as const;
const DESIRABILITY_OPTIONS = [2, 3, 4, 5].map((n) => ({ value: String(n), label: `${"★".repeat(n)} ${n}+` }));

const splitCsv = (value: string | undefined) => (value ? value.split(",") : []);
const joinCsv = (values: string[]) => (values.length ? values.join(",") : undefined);

interface Props {
  view: "board" | "table";
  shown?: number;
  total?: number;
}

export function FilterBar({ view, shown, total }: Props) {
  const [search, patch, replace] = useViewSearch();
  // The full list is fetched the first time the tag menu opens, not with every board.
  const [tagsWanted, setTagsWanted] = useState(false);
  const tags = useAllTags(search.tag, tagsWanted);
  const set = (changes: Partial<ViewSearch>) => patch(changes);

  return (
    <Group className={classes.bar} gap="sm" wrap="wrap" role="search" aria-label="Filters">
      {view === "table" && (
        <MultiSelect
          size="xs"
          aria-label="Stage"
          placeholder={search.stage ? undefined : "All stages"}
          data={STAGES.map((s) => ({ value: s, label: stageLabel(s) }))}
          value={splitCsv(search.stage)}
          onChange={(v) => set({ stage: joinCsv(v) })}
          clearable
          w={search.stage ? 260 : 140}
          maxDropdownHeight={320}
        />
      )}
      <Select
        size="xs"
        aria-label="Tag"
        placeholder="Any tag"
        data={tags}
        value={search.tag ?? null}
        onChange={(v) => set({ tag: v ?? undefined })}
        searchable
        clearable
        w={150}
        nothingFoundMessage="No such tag"
        onDropdownOpen={() => setTagsWanted(true)}
      />
      <Chip.Group multiple value={splitCsv(search.tier)} onChange={(v) => set({ tier: joinCsv([...v].sort()) })}>
        <Group gap={4} aria-label="Tier" role="group">
          {["1", "2", "3"].map((tier) => (
            <Chip key={tier} value={tier} size="xs" variant="outline">
              Tier {tier}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Select
        size="xs"
        aria-label="Minimum desirability"
        placeholder="Any desirability"
        data={DESIRABILITY_OPTIONS}
        value={search.minDesirability ? String(search.minDesirability) : null}
        onChange={(v) => set({ minDesirability: v ? Number(v) : undefined })}
        clearable
        w={150}
      />
      <Chip.Group multiple value={splitCsv(search.remote)} onChange={(v) => set({ remote: joinCsv(v) })}>
        <Group gap={4} aria-label="Remote policy" role="group">
          {REMOTE_POLICIES.map((policy) => (
            <Chip key={policy} value={policy} size="xs" variant="outline">
              {REMOTE_LABELS[policy]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Switch
        size="xs"
        label="Show archived"
        checked={search.archived === "include"}
        onChange={(e) => set({ archived: e.currentTarget.checked ? "include" : undefined })}
      />
      {hasFilters(search, view) && (
        <Button
          size="compact-xs"
          variant="subtle"
          color="gray"
          leftSection={<IconFilterOff size={14} />}
          onClick={() => replace(clearFilters(search))}
        >
          Clear filters
        </Button>
      )}
      <Group gap="sm" ml="auto" wrap="nowrap">
        {shown !== undefined && (
          <Text fz="xs" c="dimmed" aria-live="polite">
            {shown === total || total === undefined
              ? `${shown} application${shown === 1 ? "" : "s"}`
              : `${shown} of ${total}`}
          </Text>
        )}
        {view === "board" && (
          <Tooltip label={KEYBOARD_MOVE_HINT} multiline w={280} position="bottom-end">
            <IconKeyboard size={18} className={classes.hint} aria-label={KEYBOARD_MOVE_HINT} role="img" tabIndex={0} />
          </Tooltip>
        )}
      </Group>
    </Group>
  );
}
