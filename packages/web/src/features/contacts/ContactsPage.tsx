import { Button, Card, Center, Group, Stack, Text, Title } from "@mantine/core";
import { IconFilterOff, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useContacts } from "../../api/use-contacts";
import { LoadError } from "../../components/LoadError";
import { PageLoader } from "../../components/PageLoader";
import { CompanyFilter } from "./CompanyFilter";
import { ContactDrawer } from "./ContactDrawer";
import { ContactsEmptyState } from "./ContactsEmptyState";
import { useContactsSearch } from "./contacts-search";
import { ContactsTable } from "./ContactsTable";
import { NewContactModal } from "./NewContactModal";
import pageClasses from "../../components/Page.module.css";

/**
 * /contacts: the people of the search in a table, narrowed by the header search (`q`) and a company;
 * one opens in a drawer named in the URL (`contact`), so a reload keeps it open.
 */
export function ContactsPage() {
  const [search, patch] = useContactsSearch();
  const filtered = Boolean(search.q || search.companyId);
  const contacts = useContacts({ q: search.q, companyId: search.companyId });
  const [creating, setCreating] = useState(false);

  return (
    <div className={pageClasses.page}>
      <Group justify="space-between" mb="md" align="flex-end">
        <div>
          <Title order={2}>Contacts</Title>
          <Text c="dimmed" fz="sm">
            Referrers, recruiters and everyone else who can move an application along.
          </Text>
        </div>
        <Group gap="sm">
          <CompanyFilter value={search.companyId} onChange={(companyId) => patch({ companyId })} />
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            New contact
          </Button>
        </Group>
      </Group>
      {contacts.isError && !contacts.data ? (
        <LoadError error={contacts.error} onRetry={() => void contacts.refetch()} />
      ) : !contacts.data ? (
        <PageLoader />
      ) : contacts.data.length > 0 ? (
        <ContactsTable
          contacts={contacts.data}
          onOpen={(id) => patch({ contact: id })}
          fetching={contacts.isFetching}
        />
      ) : filtered ? (
        <Card withBorder radius="lg" p="xl">
          <Center>
            <Stack align="center" gap="xs">
              <Text fw={600}>No contact matches{search.q ? ` “${search.q}”` : ""}</Text>
              <Text c="dimmed" fz="sm">
                The search looks through names, titles, emails, companies, how you met and notes.
              </Text>
              <Button
                variant="light"
                leftSection={<IconFilterOff size={16} />}
                onClick={() => patch({ q: undefined, companyId: undefined })}
              >
                Show every contact
              </Button>
            </Stack>
          </Center>
        </Card>
      ) : (
        <ContactsEmptyState onAdd={() => setCreating(true)} />
      )}
      <NewContactModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(contact) => {
          setCreating(false);
          patch({ contact: contact.id });
        }}
      />
      {search.contact && <ContactDrawer id={search.contact} onClose={() => patch({ contact: undefined })} />}
    </div>
  );
}
