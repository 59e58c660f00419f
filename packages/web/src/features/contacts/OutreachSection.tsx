import { Button, Group, Skeleton, Stack, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useOutreach } from "../../api/use-contacts";
import { OutreachEntry } from "./OutreachEntry";
import { OutreachForm } from "./OutreachForm";
import { Dimmed, SectionTitle } from "./SectionTitle";

/** A contact's outreach log, newest first, with a form to log the next exchange. */
export function OutreachSection({ contactId }: { contactId: string }) {
  const log = useOutreach(contactId);
  const [adding, setAdding] = useState(false);

  return (
    <section aria-labelledby="contact-outreach-title">
      <Group justify="space-between" mb="sm">
        <SectionTitle id="contact-outreach-title">Outreach</SectionTitle>
        {!adding && (
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => setAdding(true)}
          >
            Log outreach
          </Button>
        )}
      </Group>
      {adding && <OutreachForm contactId={contactId} onDone={() => setAdding(false)} />}
      {log.isPending ? (
        <Skeleton h={60} aria-label="Loading the outreach log" />
      ) : log.isError ? (
        <Text c="red" fz="sm">
          {log.error.message}
        </Text>
      ) : log.data.length === 0 ? (
        !adding && <Dimmed>Nothing logged yet. Log each message, call or coffee, and set a date to follow up.</Dimmed>
      ) : (
        <Stack gap="xs" mt={adding ? "sm" : 0} role="list" aria-label="Outreach log">
          {log.data.map((entry) => (
            <OutreachEntry key={entry.id} entry={entry} />
          ))}
        </Stack>
      )}
    </section>
  );
}
