import { Button, Group, MultiSelect, Select, Text, Tooltip } from "@mantine/core";
import { IconFilterOff, IconKeyboard, IconX } from "@tabler/icons-react";
import { REMOTE_POLICIES } from "@loopwise/domain";
import { useState } from "react";
import { useCompanies } from "../../api/use-companies";
import { REMOTE_LABELS, STAGE_OPTIONS } from "../../components/labels";
import { KEYBOARD_MOVE_HINT } from "../../components/shortcuts";
import { ChipFilter } from "./ChipFilter";
import { useAllTags } from "./use-all-tags";
import { clearFilters, hasFilters } from "./view-search";
import { useViewSearch } from "./use-view-search";
import classes from "./FilterBar.module.css";

const TIER_OPTIONS = ["1", "2", "3"].map((tier) => ({ value: tier, label: `Tier ${tier}` }));
const REMOTE_OPTIONS = REMOTE_POLICIES.map((policy) => ({ value: policy, label: REMOTE_LABELS[policy] }));

const DESIRABILITY_OPTIONS = [2, 3, 4, 5].map((n) => ({
  value: String(n),
  label: `Desirability ${n}${n < 5 ? "+" : ""}`,
}));
const ARCHIVED_OPTIONS = [
  { value: "exclude", label: "Hide archived" },
  { value: "include", label: "Show archived" },
  { value: "only", label: "Only archived" },
];

const splitCsv = (value: string | undefined) => (value ? value.split(",") : []);
const joinCsv = (values: string[]) => (values.length ? values.join(",") : undefined);

interface Props {
  view: "board" | "table";
  shown?: number;
  total?: number;
}

export function FilterBar({ view, shown, total }: Props) {
  const [search, set, replace] = useViewSearch();
  // The full list is fetched the first time the tag menu opens, not with every board.
  const [tagsWanted, setTagsWanted] = useState(false);
  const tags = useAllTags(search.tag, tagsWanted);

  return (
    <Group className={classes.bar} gap="sm" wrap="wrap" role="search" aria-label="Filters">
      {view === "table" && (
        <MultiSelect
          size="xs"
          aria-label="Stage"
          placeholder={search.stage ? undefined : "All stages"}
          data={STAGE_OPTIONS}
          value={splitCsv(search.stage)}
          onChange={(v) => set({ stage: joinCsv(v) })}
          clearable
          w={search.stage ? 260 : 124}
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
        w={124}
        nothingFoundMessage="No such tag"
        onDropdownOpen={() => setTagsWanted(true)}
      />
      <ChipFilter
        label="Tier"
        options={TIER_OPTIONS}
        value={splitCsv(search.tier)}
        onChange={(v) => set({ tier: joinCsv([...v].sort()) })}
      />
      <Select
        size="xs"
        aria-label="Minimum desirability"
        placeholder="Any desirability"
        data={DESIRABILITY_OPTIONS}
        value={search.minDesirability ? String(search.minDesirability) : null}
        onChange={(v) => set({ minDesirability: v ? Number(v) : undefined })}
        clearable
        w={140}
      />
      <ChipFilter
        label="Remote policy"
        options={REMOTE_OPTIONS}
        value={splitCsv(search.remote)}
        onChange={(v) => set({ remote: joinCsv(v) })}
      />
      <Select
        size="xs"
        aria-label="Archived"
        data={ARCHIVED_OPTIONS}
        value={search.archived ?? "exclude"}
        onChange={(v) => set({ archived: v === "include" || v === "only" ? v : undefined })}
        allowDeselect={false}
        w={128}
        comboboxProps={{ width: 168, position: "bottom-start" }}
      />
      {search.companyId && <CompanyFilter id={search.companyId} onRemove={() => set({ companyId: undefined })} />}
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

/** The company the companies page linked to, as a button that removes this filter. */
function CompanyFilter({ id, onRemove }: { id: string; onRemove: () => void }) {
  const companies = useCompanies();
  const name = companies.data?.find((c) => c.id === id)?.name ?? "one company";
  return (
    <Button
      size="compact-sm"
      variant="light"
      rightSection={<IconX size={14} />}
      onClick={onRemove}
      aria-label={`Company: ${name} (remove this filter)`}
    >
      Company: {name}
    </Button>
  );
}
