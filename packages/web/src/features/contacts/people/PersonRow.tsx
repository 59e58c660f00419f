import { Anchor, Group, Loader, Select, Text, Tooltip } from "@mantine/core";
import { IconCheck, IconUnlink } from "@tabler/icons-react";
import {
  CONTACT_ROLE_LABELS,
  REFERRAL_STATUSES,
  REFERRAL_STATUS_LABELS,
  type ApplicationContact,
  type ReferralStatus,
} from "@loopwise/domain";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useSetReferralStatus, useUnlinkContact } from "../../../api/use-contacts";
import { DeleteDialog } from "../../../components/DeleteDialog";
import { notifyError } from "../../../components/notify";
import { RowAction } from "../../../components/RowAction";
import { RoleBadge } from "../RoleBadge";
import classes from "./People.module.css";

const REFERRAL_OPTIONS = REFERRAL_STATUSES.map((status) => ({ value: status, label: REFERRAL_STATUS_LABELS[status] }));

/** One person on an application: who, in what role, the referral's progress, and unlink. */
export function PersonRow({ applicationId, link }: { applicationId: string; link: ApplicationContact }) {
  const setStatus = useSetReferralStatus(applicationId);
  const unlink = useUnlinkContact(applicationId);
  const [confirming, setConfirming] = useState(false);
  const { contact } = link;
  const subtitle = [contact.title, contact.companyName].filter(Boolean).join(" · ");

  return (
    <div className={classes.person}>
      <Group justify="space-between" wrap="nowrap" gap={4} align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Anchor
            renderRoot={(props) => <Link to="/contacts" search={{ contact: contact.id }} {...props} />}
            fz="sm"
            fw={600}
            c="var(--mantine-color-text)"
            display="block"
            truncate
          >
            {contact.name}
          </Anchor>
          {subtitle && (
            <Text fz="xs" c="dimmed" truncate>
              {subtitle}
            </Text>
          )}
        </div>
        <RowAction
          tooltip="Remove from this application"
          label={`Remove ${contact.name} (${CONTACT_ROLE_LABELS[link.role]}) from this application`}
          onClick={() => setConfirming(true)}
        >
          <IconUnlink size={14} />
        </RowAction>
      </Group>
      <Group gap={6} mt={6} wrap="nowrap">
        <RoleBadge role={link.role} size="xs" />
        {link.referralStatus && (
          <Select
            size="xs"
            w={120}
            aria-label={`Referral status of ${contact.name}`}
            data={REFERRAL_OPTIONS}
            value={link.referralStatus}
            allowDeselect={false}
            onChange={(value) =>
              value &&
              setStatus.mutate(
                { linkId: link.id, status: value as ReferralStatus },
                { onError: (error) => notifyError(error, "The referral status could not be changed") },
              )
            }
            comboboxProps={{ withinPortal: true }}
          />
        )}
        {setStatus.isPending ? (
          <Loader size={12} aria-label="Saving the referral status" />
        ) : (
          setStatus.isSuccess && (
            <Tooltip label="Saved">
              <IconCheck size={14} color="var(--mantine-color-teal-6)" aria-label="Referral status saved" />
            </Tooltip>
          )
        )}
      </Group>
      <DeleteDialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={`Remove ${contact.name} from this application?`}
        confirmLabel="Remove"
        remove={unlink}
        id={link.id}
        failure="The person could not be removed"
      >
        <Text fz="sm">
          {contact.name} stays in your contacts with their outreach log; only their link to this application goes.
        </Text>
      </DeleteDialog>
    </div>
  );
}
