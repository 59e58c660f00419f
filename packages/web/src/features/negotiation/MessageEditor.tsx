import { Button, CopyButton, Group, Stack, Textarea, TextInput } from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import type { Message } from "@loopwise/domain";
import { messageText } from "./message-templates";

interface Props {
  message: Message;
  edited: boolean;
  onChange: (message: Message) => void;
  onReset: () => void;
}

/** The filled-in message, editable, with buttons to copy it whole or just the subject. */
export function MessageEditor({ message, edited, onChange, onReset }: Props) {
  return (
    <Stack gap="xs">
      <TextInput
        label="Subject"
        value={message.subject}
        onChange={(e) => onChange({ ...message, subject: e.currentTarget.value })}
        size="sm"
      />
      <Textarea
        label="Message"
        value={message.body}
        onChange={(e) => onChange({ ...message, body: e.currentTarget.value })}
        autosize
        minRows={8}
        maxRows={20}
        size="sm"
        styles={{ input: { lineHeight: 1.5 } }}
      />
      <Group justify="space-between">
        <Button size="xs" variant="subtle" color="gray" onClick={onReset} disabled={!edited}>
          Back to the template
        </Button>
        <Group gap="xs">
          <CopyButton value={message.subject}>
            {({ copied, copy }) => (
              <Button size="xs" variant="default" onClick={copy}>
                {copied ? "Subject copied" : "Copy subject"}
              </Button>
            )}
          </CopyButton>
          <CopyButton value={messageText(message)}>
            {({ copied, copy }) => (
              <Button
                size="xs"
                color={copied ? "teal" : undefined}
                leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                onClick={copy}
              >
                {copied ? "Copied" : "Copy message"}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Group>
    </Stack>
  );
}
