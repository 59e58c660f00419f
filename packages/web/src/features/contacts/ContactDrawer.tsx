import { Button, Center, Drawer, Loader, Stack, Text } from "@mantine/core";
import { useRef, useState } from "react";
import { isApiError } from "../../api/client";
import { useContact } from "../../api/use-contacts";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { useOverlayOpen } from "../../components/overlay-store";
import { ContactDetail } from "./ContactDetail";

/** One contact in a drawer over the table; closing with unsaved field changes asks first. */
export function ContactDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const contact = useContact(id);
  const overlayOpen = useOverlayOpen();
  const dirty = useRef(false);
  const [asking, setAsking] = useState(false);

  // Deleted elsewhere (another tab, the API): say so rather than show what is left in the cache.
  const gone = isApiError(contact.error) && contact.error.status === 404;

  const requestClose = () => {
    if (dirty.current) setAsking(true);
    else onClose();
  };

  return (
    <Drawer.Root
      opened
      onClose={requestClose}
      closeOnEscape={!overlayOpen}
      position="right"
      size={720}
      transitionProps={{ duration: 150 }}
    >
      <Drawer.Overlay />
      <Drawer.Content aria-label={contact.data?.name ?? "Contact"}>
        <Drawer.Body p={0}>
          {contact.data && !gone ? (
            <ContactDetail
              key={contact.data.id}
              contact={contact.data}
              onClose={requestClose}
              onDeleted={onClose}
              onDirtyChange={(value) => {
                dirty.current = value;
              }}
            />
          ) : contact.isError ? (
            <Center h="80vh">
              <Stack align="center" gap="xs">
                <Text fw={600}>{gone ? "This contact no longer exists." : contact.error.message}</Text>
                <Button variant="light" onClick={onClose}>
                  Back to contacts
                </Button>
              </Stack>
            </Center>
          ) : (
            <Center h="80vh">
              <Loader type="dots" aria-label="Loading the contact" />
            </Center>
          )}
        </Drawer.Body>
      </Drawer.Content>
      <ConfirmDialog
        opened={asking}
        title="Discard your changes?"
        confirmLabel="Discard and close"
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          dirty.current = false;
          onClose();
        }}
      >
        <Text fz="sm">You changed this contact without saving. Closing now loses those changes.</Text>
      </ConfirmDialog>
    </Drawer.Root>
  );
}
