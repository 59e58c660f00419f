import { Button, Group, Select, Text, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconFilterOff, IconSearch } from "@tabler/icons-react";
import {
  DIFFICULTIES,
  PRACTICE_STATUSES,
  TOPICS,
  type Difficulty,
  type PracticeStatus,
  type Topic,
} from "@loopwise/domain";
import { useEffect, useState } from "react";
import { DIFFICULTY_LABELS, STATUS_LABELS, TOPIC_LABELS } from "./practice-labels";
import { hasPracticeFilters, type PracticeSearch } from "./practice-search";

const TOPIC_OPTIONS = TOPICS.map((topic) => ({ value: topic, label: TOPIC_LABELS[topic] }));
const DIFFICULTY_OPTIONS = DIFFICULTIES.map((d) => ({ value: d, label: DIFFICULTY_LABELS[d] }));
const STATUS_OPTIONS = PRACTICE_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));

interface Props {
  search: PracticeSearch;
  onChange: (patch: Partial<PracticeSearch>) => void;
  onClear: () => void;
  shown: number;
  total: number;
}

/** The list's filters; the search field writes to the URL a moment after typing stops. */
export function ProblemFilters({ search, onChange, onClear, shown, total }: Props) {
  const [q, setQ] = useState(search.q ?? "");
  const pushQ = useDebouncedCallback((value: string) => onChange({ q: value.trim() ? value : undefined }), 250);
  // Back/forward or "Clear filters" changes the URL: the field follows.
  useEffect(() => setQ(search.q ?? ""), [search.q]);

  return (
    <Group gap="sm" mb="sm" wrap="wrap" role="search" aria-label="Problem filters">
      <TextInput
        size="xs"
        w={220}
        aria-label="Search problems"
        placeholder="Search titles and statements"
        leftSection={<IconSearch size={14} />}
        value={q}
        onChange={(event) => {
          setQ(event.currentTarget.value);
          pushQ(event.currentTarget.value);
        }}
      />
      <Select
        size="xs"
        w={170}
        aria-label="Topic"
        placeholder="Any topic"
        data={TOPIC_OPTIONS}
        value={search.topic ?? null}
        onChange={(value) => onChange({ topic: (value as Topic | null) ?? undefined })}
        clearable
        searchable
        maxDropdownHeight={320}
      />
      <Select
        size="xs"
        w={130}
        aria-label="Difficulty"
        placeholder="Any difficulty"
        data={DIFFICULTY_OPTIONS}
        value={search.difficulty ?? null}
        onChange={(value) => onChange({ difficulty: (value as Difficulty | null) ?? undefined })}
        clearable
      />
      <Select
        size="xs"
        w={130}
        aria-label="Status"
        placeholder="Any status"
        data={STATUS_OPTIONS}
        value={search.status ?? null}
        onChange={(value) => onChange({ status: (value as PracticeStatus | null) ?? undefined })}
        clearable
      />
      {hasPracticeFilters(search) && (
        <Button
          size="compact-xs"
          variant="subtle"
          color="gray"
          leftSection={<IconFilterOff size={14} />}
          onClick={onClear}
        >
          Clear filters
        </Button>
      )}
      <Text fz="xs" c="dimmed" ml="auto" aria-live="polite">
        {shown === total ? `${total} problem${total === 1 ? "" : "s"}` : `${shown} of ${total}`}
      </Text>
    </Group>
  );
}
