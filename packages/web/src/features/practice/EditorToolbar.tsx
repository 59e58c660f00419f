import { Button, Group, Kbd, Select, Tooltip } from "@mantine/core";
import { IconArrowBackUp, IconPlayerPlay, IconSend } from "@tabler/icons-react";
import type { Language, LanguageInfo } from "@loopwise/domain";
import type { SaveState } from "./draft-saver";
import { SaveIndicator } from "./SaveIndicator";

interface Props {
  languages: LanguageInfo[];
  language: Language;
  onLanguage: (language: Language) => void;
  saveState: SaveState;
  onReset: () => void;
  onRun: () => void;
  onSubmit: () => void;
  busy: boolean;
}

/** Above the editor: the language (only those this machine runs), the save state, and Run and Submit. */
export function EditorToolbar({ languages, language, onLanguage, saveState, onReset, onRun, onSubmit, busy }: Props) {
  return (
    <Group justify="space-between" gap="sm" wrap="nowrap" mb="xs">
      <Group gap="sm" wrap="nowrap">
        <Select
          size="xs"
          w={190}
          aria-label="Language"
          data={languages.map((l) => ({ value: l.id, label: `${l.name} (${l.version.replace(/^\D+/, "")})` }))}
          value={language}
          onChange={(value) => value && onLanguage(value as Language)}
          allowDeselect={false}
          comboboxProps={{ width: 240, position: "bottom-start" }}
        />
        <Tooltip label="Back to the starter code (Ctrl/⌘+Z undoes it)">
          <Button size="xs" variant="subtle" color="gray" onClick={onReset} aria-label="Reset to the starter code">
            <IconArrowBackUp size={16} />
          </Button>
        </Tooltip>
        <SaveIndicator state={saveState} what="draft" />
      </Group>
      <Group gap="xs" wrap="nowrap">
        <Tooltip
          label={
            <>
              Run the examples <Kbd size="xs">Ctrl/⌘</Kbd> + <Kbd size="xs">&apos;</Kbd>
            </>
          }
        >
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPlayerPlay size={14} />}
            onClick={onRun}
            disabled={busy}
            aria-keyshortcuts="Control+' Meta+'"
          >
            Run
          </Button>
        </Tooltip>
        <Tooltip
          label={
            <>
              Judge every case <Kbd size="xs">Ctrl/⌘</Kbd> + <Kbd size="xs">Enter</Kbd>
            </>
          }
        >
          <Button
            size="xs"
            color="teal"
            leftSection={<IconSend size={14} />}
            onClick={onSubmit}
            disabled={busy}
            aria-keyshortcuts="Control+Enter Meta+Enter"
          >
            Submit
          </Button>
        </Tooltip>
      </Group>
    </Group>
  );
}
