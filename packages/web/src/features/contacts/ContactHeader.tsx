import { ActionIcon, Anchor, CloseButton, Group, Stack, Text, Title, Tooltip } from "@mantine/core";
import { IconBrandLinkedin, IconExternalLink, IconMail, IconPhone, IconTrash } from "@tabler/icons-react";
import type { Contact } from "@loopwise/domain";
import { useState } from "react";
import { useDeleteContact } from "../../api/use-contacts";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { notifyError, notifySuccess } from "../../components/notify";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Name, title and company, ways to reach them, and delete. */
export function ContactHeader({
  contact,
  onClose,
  onDeleted,
}: {
  contact: Contact;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteContact();
  const subtitle = [contact.title, contact.companyName].filter(Boolean).join(" · ");
  const ProfileIcon = contact.profileUrl?.includes("linkedin.") ? IconBrandLinkedin : IconExternalLink;

  const confirmDelete = async () => {
    try {
      await remove.mutateAsync(contact.id);
      notifySuccess(`Deleted ${contact.name}`);
      setConfirming(false);
      onDeleted();
    } catch (error) {
      notifyError(error, "The contact could not be deleted");
    }
  };

  return (
    <Group
      justify="space-between"
      align="flex-start"
      wrap="nowrap"
      p="lg"
      style={{ borderBottom: "1px solid var(--mantine-color-default-border)" }}
    >
      <Stack gap={4} miw={0}>
        <Title order={3}>{contact.name}</Title>
        {subtitle && <Text c="dimmed">{subtitle}</Text>}
        <Group gap="md" mt={2}>
          {contact.email && (
            <Anchor
              href={`mailto:${contact.email}`}
              fz="sm"
              display="inline-flex"
              style={{ alignItems: "center", gap: 4 }}
            >
              <IconMail size={14} aria-hidden /> {contact.email}
            </Anchor>
          )}
          {contact.phone && (
            <Anchor
              href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`}
              fz="sm"
              display="inline-flex"
              style={{ alignItems: "center", gap: 4 }}
            >
              <IconPhone size={14} aria-hidden /> {contact.phone}
            </Anchor>
          )}
          {contact.profileUrl && (
            <Anchor
              href={contact.profileUrl}
              target="_blank"
              rel="noopener noreferrer"
              fz="sm"
              display="inline-flex"
              style={{ alignItems: "center", gap: 4 }}
            >
              <ProfileIcon size={14} aria-hidden /> Profile
            </Anchor>
          )}
        </Group>
      </Stack>
      <Group gap={4} wrap="nowrap">
        <Tooltip label="Delete contact">
          <ActionIcon
            variant="subtle"
            color="red"
            onClick={() => setConfirming(true)}
            aria-label={`Delete ${contact.name}`}
          >
            <IconTrash size={18} />
          </ActionIcon>
        </Tooltip>
        <CloseButton onClick={onClose} aria-label="Close" size="lg" />
      </Group>
      <ConfirmDialog
        opened={confirming}
        title={`Delete ${contact.name}?`}
        confirmLabel="Delete contact"
        loading={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void confirmDelete()}
      >
        <Text fz="sm">
          Their outreach log, any tasks about them
          {contact.links.length > 0 ? ` and their ${plural(contact.links.length, "link")} to applications` : ""} go with
          them. The applications themselves stay. This cannot be undone.
        </Text>
      </ConfirmDialog>
    </Group>
  );
}
