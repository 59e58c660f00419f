import { Modal } from "@mantine/core";
import type { Contact } from "@loopwise/domain";
import { useCreateContact } from "../../api/use-contacts";
import { notifySuccess } from "../../components/notify";
import { toContactDraft } from "./contact-draft";
import { ContactForm } from "./ContactForm";

interface Props {
  opened: boolean;
  onClose: () => void;
  onCreated: (contact: Contact) => void;
}

export function NewContactModal({ opened, onClose, onCreated }: Props) {
  const create = useCreateContact();
  return (
    <Modal opened={opened} onClose={onClose} title="New contact" size="lg">
      <ContactForm
        initial={toContactDraft()}
        submitLabel="Add contact"
        autoFocus
        onCancel={onClose}
        onSubmit={async (input) => {
          const contact = await create.mutateAsync(input);
          notifySuccess(`Added ${contact.name}`);
          onCreated(contact);
        }}
      />
    </Modal>
  );
}
