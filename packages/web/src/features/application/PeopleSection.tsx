import { Button, Group, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import type { Application } from "@loopwise/domain";
import { useState } from "react";
import { useApplicationContacts } from "../../api/use-contacts";
import { AddPersonForm } from "../contacts/people/AddPersonForm";
import { PersonRow } from "../contacts/people/PersonRow";

/** The people on this application (referrer first), with the referral's progress; add or remove them here. */
export function PeopleSection({ application }: { application: Application }) {
  const links = useApplicationContacts(application.id);
  const [adding, setAdding] = useState(false);

  return (
    <Stack gap={8} mb="lg" component="section" aria-labelledby="people-title">
      <Group justify="space-between" wrap="nowrap">
        <Title order={4} id="people-title" fz="sm" tt="uppercase" c="dimmed">
          People
        </Title>
        {!adding && (
          <Button
            size="compact-xs"
            variant="subtle"
            leftSection={<IconPlus size={14} />}
            onClick={() => setAdding(true)}
          >
            Add person
          </Button>
        )}
      </Group>
      {adding && <AddPersonForm application={application} onDone={() => setAdding(false)} />}
      {links.isPending ? (
        <Skeleton h={48} aria-label="Loading the people" />
      ) : links.isError ? (
        <Text c="red" fz="sm">
          {links.error.message}
        </Text>
      ) : links.data.length === 0 ? (
        !adding && (
          <Text fz="xs" c="dimmed">
            No one yet. A referrer or a recruiter who knows you gets an application read.
          </Text>
        )
      ) : (
        links.data.map((link) => <PersonRow key={link.id} applicationId={application.id} link={link} />)
      )}
    </Stack>
  );
}
