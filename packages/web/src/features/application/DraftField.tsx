import {
  ActionIcon,
  Group,
  Input,
  NumberInput,
  Rating,
  Select,
  Switch,
  TagsInput,
  TextInput,
  Tooltip,
  CloseButton,
} from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { IconCalendar, IconExternalLink, IconLink } from "@tabler/icons-react";
import { REMOTE_OPTIONS, SOURCE_OPTIONS } from "../../components/labels";
import { MarkdownField } from "../../components/MarkdownField";
import { FIELD_LABELS, type Draft, type DraftKey } from "./application-draft";

export interface DraftFieldProps {
  name: DraftKey;
  draft: Draft;
  set: <K extends DraftKey>(key: K, value: Draft[K]) => void;
  errors: Record<string, string>;
  tags?: string[];
  autoFocus?: boolean;
}

const dateProps = {
  valueFormat: "MMM D, YYYY",
  clearable: true,
  leftSection: <IconCalendar size={16} />,
  popoverProps: { withinPortal: true },
};
const numberOrNull = (v: string | number) => (typeof v === "number" ? v : v === "" ? null : Number(v));

/** One editable field of an application, with the server's error for it underneath. */
export function DraftField({ name, draft, set, errors, tags = [], autoFocus }: DraftFieldProps) {
  const error = errors[name];
  const label = FIELD_LABELS[name];
  switch (name) {
    case "roleTitle":
      return (
        <TextInput
          label={label}
          placeholder="Senior Backend Engineer"
          required
          value={draft.roleTitle}
          onChange={(e) => set("roleTitle", e.currentTarget.value)}
          error={error}
          autoFocus={autoFocus}
          data-autofocus={autoFocus || undefined}
        />
      );
    case "level":
      return (
        <TextInput
          label={label}
          placeholder="L5, Senior, Staff"
          value={draft.level}
          onChange={(e) => set("level", e.currentTarget.value)}
          error={error}
        />
      );
    case "location":
      return (
        <TextInput
          label={label}
          placeholder="Berlin"
          value={draft.location}
          onChange={(e) => set("location", e.currentTarget.value)}
          error={error}
        />
      );
    case "remotePolicy":
      return (
        <Select
          label={label}
          placeholder="Not known"
          data={REMOTE_OPTIONS}
          value={draft.remotePolicy}
          onChange={(v) => set("remotePolicy", v as Draft["remotePolicy"])}
          clearable
          error={error}
        />
      );
    case "source":
      return (
        <Select
          label={label}
          placeholder="How it started"
          data={SOURCE_OPTIONS}
          value={draft.source}
          onChange={(v) => set("source", v as Draft["source"])}
          clearable
          error={error}
        />
      );
    case "postingUrl": {
      const url = draft.postingUrl.trim();
      const openable = /^https?:\/\/\S+$/.test(url);
      return (
        <TextInput
          label={label}
          placeholder="https://"
          type="url"
          value={draft.postingUrl}
          onChange={(e) => set("postingUrl", e.currentTarget.value)}
          error={error}
          leftSection={<IconLink size={16} />}
          rightSection={
            openable ? (
              <Tooltip label="Open the posting in a new tab">
                <ActionIcon
                  component="a"
                  href={url}
                  target="_blank"
                  rel="noopener noreferrer"
                  variant="subtle"
                  aria-label="Open the job posting"
                >
                  <IconExternalLink size={16} />
                </ActionIcon>
              </Tooltip>
            ) : undefined
          }
        />
      );
    }
    case "salaryMin":
    case "salaryMax":
      return (
        <NumberInput
          label={label}
          placeholder="Posted range"
          value={draft[name] ?? ""}
          onChange={(v) => set(name, numberOrNull(v))}
          thousandSeparator=","
          allowDecimal={false}
          allowNegative={false}
          min={0}
          hideControls
          error={error}
        />
      );
    case "salaryCurrency":
      return (
        <TextInput
          label={label}
          placeholder="USD"
          maxLength={3}
          value={draft.salaryCurrency}
          onChange={(e) => set("salaryCurrency", e.currentTarget.value.toUpperCase())}
          error={error}
        />
      );
    case "desirability":
      return (
        <Input.Wrapper label={label} error={error}>
          <Group gap={6} h={36} wrap="nowrap">
            <Rating
              value={draft.desirability ?? 0}
              onChange={(v) => set("desirability", v || null)}
              aria-label="Desirability"
            />
            {draft.desirability !== null && (
              <CloseButton size="sm" aria-label="Clear desirability" onClick={() => set("desirability", null)} />
            )}
          </Group>
        </Input.Wrapper>
      );
    case "tags":
      return (
        <TagsInput
          label={label}
          placeholder="Type and press Enter"
          data={tags}
          value={draft.tags}
          onChange={(v) => set("tags", v)}
          clearable
          error={error}
          maxTags={30}
        />
      );
    case "appliedOn":
      return (
        <DateInput
          label={label}
          placeholder="Not yet"
          value={draft.appliedOn}
          onChange={(v) => set("appliedOn", v)}
          error={error}
          {...dateProps}
        />
      );
    case "nextAction":
      return (
        <TextInput
          label={label}
          placeholder="Follow up with the recruiter"
          value={draft.nextAction}
          onChange={(e) => set("nextAction", e.currentTarget.value)}
          error={error}
        />
      );
    case "nextActionDue":
      return (
        <DateInput
          label={label}
          placeholder="No date"
          value={draft.nextActionDue}
          onChange={(v) => set("nextActionDue", v)}
          error={error}
          {...dateProps}
        />
      );
    case "offerDeadline":
      return (
        <DateInput
          label={label}
          placeholder="No offer yet"
          value={draft.offerDeadline}
          onChange={(v) => set("offerDeadline", v)}
          error={error}
          {...dateProps}
        />
      );
    case "notes":
      return (
        <MarkdownField
          label={label}
          placeholder="What you learned, who you talked to… (Markdown)"
          value={draft.notes}
          onChange={(v) => set("notes", v)}
          error={error}
          previewFirst
        />
      );
    case "archived":
      return (
        <Switch
          label={label}
          description="Hidden from the board and the table until the filters show archived ones"
          checked={draft.archived}
          onChange={(e) => set("archived", e.currentTarget.checked)}
          error={error}
        />
      );
  }
}
