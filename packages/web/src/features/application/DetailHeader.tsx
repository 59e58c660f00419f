import { ActionIcon, Badge, Group, Select, Stack, Text, Title, Tooltip } from "@mantine/core";
import { IconTrash, IconX } from "@tabler/icons-react";
import { stageLabel, type Application, type Stage } from "@loopwise/domain";
import { useState } from "react";
import { useDeleteApplication } from "../../api/use-applications";
import { useMoveApplication } from "../../api/use-move-application";
import { announce } from "../../components/announce";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { STAGE_OPTIONS } from "../../components/labels";
import { notifyError, notifySuccess } from "../../components/notify";
import { STAGE_COLORS } from "../../components/stage-colors";
import { TierBadge } from "../../components/TierBadge";
import { daysLabel } from "../../lib/dates";
import classes from "./ApplicationDetail.module.css";
import { applicationName } from "../../components/application-name";

interface Props {
  application: Application;
  onClose: () => void;
  onDeleted: () => void;
}

export function DetailHeader({ application: a, onClose, onDeleted }: Props) {
  const move = useMoveApplication();
  const remove = useDeleteApplication();
  const [confirming, setConfirming] = useState(false);
  const name = applicationName(a);

  const changeStage = (value: string | null) => {
    if (!value || value === a.stage) return;
    const stage = value as Stage;
    move.mutate(
      { id: a.id, stage },
      {
        onSuccess: () => {
          announce(`Moved ${name} to ${stageLabel(stage)}`);
          notifySuccess(`Moved to ${stageLabel(stage)}`);
        },
      },
    );
  };

  const confirmDelete = () =>
    remove.mutate(a.id, {
      onSuccess: () => {
        setConfirming(false);
        notifySuccess(`Deleted ${name}`);
        onDeleted();
      },
      onError: (error) => notifyError(error, "The application could not be deleted"),
    });

  return (
    <Group className={classes.header} justify="space-between" align="flex-start" wrap="nowrap" p="lg" pb="md">
      <Stack gap={2} miw={0}>
        <Group gap={8} wrap="nowrap">
          <Text fz="sm" fw={600} c="dimmed" truncate>
            {a.companyName}
          </Text>
          <TierBadge tier={a.companyTier} size="sm" />
          {a.archived && (
            <Badge size="sm" variant="outline" color="gray">
              Archived
            </Badge>
          )}
        </Group>
        <Title order={2} fz="h3" lineClamp={2}>
          {a.roleTitle}
        </Title>
        <Text fz="xs" c="dimmed">
          {daysLabel(a.daysInStage)} in {stageLabel(a.stage)}
        </Text>
      </Stack>
      <Group gap="xs" wrap="nowrap">
        <Select
          aria-label="Stage"
          data={STAGE_OPTIONS}
          value={a.stage}
          onChange={changeStage}
          allowDeselect={false}
          w={190}
          leftSection={
            <span
              className={classes.stageDot}
              style={{ background: `var(--mantine-color-${STAGE_COLORS[a.stage]}-6)` }}
            />
          }
          comboboxProps={{ withinPortal: true, zIndex: 500 }}
          maxDropdownHeight={360}
        />
        <Tooltip label="Delete this application">
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            onClick={() => setConfirming(true)}
            aria-label="Delete application"
          >
            <IconTrash size={18} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label="Close (Esc)">
          <ActionIcon variant="subtle" color="gray" size="lg" onClick={onClose} aria-label="Close">
            <IconX size={20} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <ConfirmDialog
        opened={confirming}
        title="Delete this application?"
        confirmLabel="Delete application"
        loading={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={confirmDelete}
      >
        <Text fz="sm">
          {name} and its stage history will be deleted. The company stays. If you only want it off the board, archive it
          instead.
        </Text>
      </ConfirmDialog>
    </Group>
  );
}
