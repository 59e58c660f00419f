import { Stack, Text } from "@mantine/core";
import { useEffect, useMemo, useState } from "react";
import { useSaveNotes } from "../../api/practice";
import { MarkdownField } from "../../components/MarkdownField";
import { createDraftSaver, type SaveState } from "./draft-saver";
import { SaveIndicator } from "./SaveIndicator";

const TEMPLATE = "**Approach:** \n\n**Time:** O(?) · **Space:** O(?)\n\n**Pitfalls:** ";

/** The user's notes on a problem (approach, complexity, pitfalls), saved as they type like the code. */
export function NotesPanel({ slug, initial }: { slug: string; initial: string | null }) {
  const save = useSaveNotes(slug);
  const [notes, setNotes] = useState(initial ?? "");
  const [state, setState] = useState<SaveState>("saved");
  const saver = useMemo(
    () =>
      createDraftSaver<string>({
        delayMs: 800,
        retryMs: 5_000,
        save: (_key, value) => save.mutateAsync(value.trim() ? value : null),
        onState: setState,
      }),
    // One saver per problem: TanStack Query keeps mutateAsync the same function across renders.
    [slug, save.mutateAsync],
  );
  useEffect(() => () => saver.dispose(), [saver]);

  return (
    <Stack gap="xs">
      <MarkdownField
        label="Notes"
        value={notes}
        onChange={(value) => {
          setNotes(value);
          saver.change("notes", value);
        }}
        placeholder={TEMPLATE}
        minRows={8}
        previewFirst
      />
      <Text fz="xs" c="dimmed" component="div">
        <SaveIndicator state={state} what="notes" />
      </Text>
    </Stack>
  );
}
