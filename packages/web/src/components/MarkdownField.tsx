import { Box, Input, SegmentedControl, Text, Textarea } from "@mantine/core";
import { useId, useState } from "react";
import { Markdown } from "./Markdown";

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  placeholder?: string;
  minRows?: number;
  /** Start on the rendered view when there is something to show. */
  previewFirst?: boolean;
}

/** A Markdown text field with a Write / Preview switch. */
export function MarkdownField({ label, value, onChange, error, placeholder, minRows = 3, previewFirst }: Props) {
  const [mode, setMode] = useState<"write" | "preview">(previewFirst && value.trim() ? "preview" : "write");
  const id = useId();
  return (
    <Input.Wrapper
      label={label}
      id={id}
      error={error}
      inputContainer={(children) => (
        <Box pos="relative">
          <SegmentedControl
            size="xs"
            value={mode}
            onChange={(v) => setMode(v as "write" | "preview")}
            data={[
              { value: "write", label: "Write" },
              { value: "preview", label: "Preview" },
            ]}
            aria-label={`${label}: write or preview`}
            style={{ position: "absolute", top: -30, right: 0 }}
          />
          {children}
        </Box>
      )}
    >
      {mode === "write" ? (
        <Textarea
          id={id}
          placeholder={placeholder ?? "Markdown works: **bold**, lists, [links](https://…)"}
          autosize
          minRows={minRows}
          maxRows={16}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          error={Boolean(error)}
        />
      ) : (
        <Box
          p="sm"
          mih={60}
          style={{ border: "1px solid var(--mantine-color-default-border)", borderRadius: "var(--mantine-radius-sm)" }}
          onDoubleClick={() => setMode("write")}
        >
          {value.trim() ? (
            <Markdown>{value}</Markdown>
          ) : (
            <Text fz="sm" c="dimmed">
              Nothing written yet.
            </Text>
          )}
        </Box>
      )}
    </Input.Wrapper>
  );
}
