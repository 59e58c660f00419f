import { Divider, ScrollArea, Space, Stack } from "@mantine/core";
import type { Contact } from "@loopwise/domain";
import { useUpdateContact } from "../../api/use-contacts";
import { notifySuccess } from "../../components/notify";
import { toContactDraft } from "./contact-draft";
import { ContactForm } from "./ContactForm";
import { ContactHeader } from "./ContactHeader";
import { LinkedApplications } from "./LinkedApplications";
import { OutreachSection } from "./OutreachSection";
import { SectionTitle } from "./SectionTitle";

interface Props {
  contact: Contact;
  onClose: () => void;
  onDeleted: () => void;
  onDirtyChange: (dirty: boolean) => void;
}

/** A contact: who they are, the applications they are part of, every exchange, and the editable fields. */
export function ContactDetail({ contact, onClose, onDeleted, onDirtyChange }: Props) {
  const update = useUpdateContact(contact.id);
  return (
    <Stack gap={0} h="100dvh">
      <ContactHeader contact={contact} onClose={onClose} onDeleted={onDeleted} />
      <ScrollArea flex={1} type="auto" offsetScrollbars>
        <Stack gap="lg" p="lg">
          <LinkedApplications links={contact.links} />
          <Divider />
          <OutreachSection contactId={contact.id} />
          <Divider />
          <section aria-labelledby="contact-details-title">
            <SectionTitle id="contact-details-title">Details and notes</SectionTitle>
            <Space h="sm" />
            <ContactForm
              // A save answers a new updatedAt: the form starts again from what was stored.
              key={contact.updatedAt}
              initial={toContactDraft(contact)}
              submitLabel="Save changes"
              onDirtyChange={onDirtyChange}
              onSubmit={async (input) => {
                await update.mutateAsync(input);
                notifySuccess("Contact saved");
              }}
            />
          </section>
        </Stack>
      </ScrollArea>
    </Stack>
  );
}
