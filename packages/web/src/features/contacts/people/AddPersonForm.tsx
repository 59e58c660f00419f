import { Button, Group, Select, Stack } from "@mantine/core";
import { CONTACT_ROLE_LABELS, CONTACT_ROLES, type Application, type ContactRole } from "@loopwise/domain";
import { useMemo, useState, type KeyboardEvent } from "react";
import { useContacts, useCreateContact, useLinkContact } from "../../../api/use-contacts";
import { notifyError, notifySuccess } from "../../../components/notify";
import { personOptions, NEW_PERSON } from "./person-options";
import classes from "./People.module.css";

const ROLE_OPTIONS = CONTACT_ROLES.map((role) => ({ value: role, label: CONTACT_ROLE_LABELS[role] }));

/**
 * Puts a person on an application: an existing contact picked by name, or a new one created from
 * the name typed (at the application's company). Not a <form>: it sits inside the application's.
 */
export function AddPersonForm({ application, onDone }: { application: Application; onDone: () => void }) {
  const contacts = useContacts();
  const create = useCreateContact();
  const link = useLinkContact(application.id);
  const [search, setSearch] = useState("");
  const [picked, setPicked] = useState<string | null>(null);
  const [newName, setNewName] = useState("");
  const [role, setRole] = useState<ContactRole>("referrer");
  const busy = create.isPending || link.isPending;

  const options = useMemo(
    () => personOptions(contacts.data ?? [], picked === NEW_PERSON ? newName : search),
    [contacts.data, picked, newName, search],
  );

  const add = async () => {
    if (!picked) return;
    try {
      const contactId =
        picked === NEW_PERSON
          ? (await create.mutateAsync({ name: newName, companyId: application.companyId })).id
          : picked;
      const added = await link.mutateAsync({ contactId, role });
      notifySuccess(`${added.contact.name} added as ${CONTACT_ROLE_LABELS[role].toLowerCase()}`);
      onDone();
    } catch (error) {
      notifyError(error, "The person could not be added");
    }
  };

  // Enter adds the person; it must never reach the application's form around this one.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Enter") return;
    event.stopPropagation();
    if (event.defaultPrevented) return;
    event.preventDefault();
    void add();
  };

  return (
    <Stack gap={8} className={classes.addForm} onKeyDown={onKeyDown} role="group" aria-label="Add a person">
      <Select
        size="xs"
        label="Person"
        placeholder="Search or type a new name"
        data={options}
        value={picked}
        onChange={(value) => {
          if (value === NEW_PERSON) setNewName(search.trim());
          setPicked(value);
        }}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        nothingFoundMessage={contacts.isPending ? "Loading…" : "Type a name to add someone new"}
        comboboxProps={{ withinPortal: true }}
        data-autofocus
        autoFocus
      />
      <Select
        size="xs"
        label="Role"
        data={ROLE_OPTIONS}
        value={role}
        onChange={(value) => value && setRole(value as ContactRole)}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
      <Group justify="flex-end" gap={6}>
        <Button size="compact-sm" variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button size="compact-sm" onClick={() => void add()} disabled={!picked} loading={busy}>
          Add
        </Button>
      </Group>
    </Stack>
  );
}
