import { Skeleton, Text } from "@mantine/core";
import type { Application } from "@loopwise/domain";
import { useState } from "react";
import { useApplicationContacts } from "../../api/use-contacts";
import { AddPersonForm } from "../contacts/people/AddPersonForm";
import { PersonRow } from "../contacts/people/PersonRow";
import { SideSection } from "./SideSection";

/** The people on this application (referrer first), with the referral's progress; add or remove them here. */
export function PeopleSection({ application }: { application: Application }) {
  const links = useApplicationContacts(application.id);
  const [adding, setAdding] = useState(false);

  return (
    <SideSection
      id="people"
      title="People"
      add={adding ? null : { label: "Add person", onClick: () => setAdding(true) }}
    >
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
    </SideSection>
  );
}
