import { Button, Group, Modal } from "@mantine/core";
import type { ReactNode } from "react";
import { useOverlay } from "./overlay-store";

interface Props {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  loading?: boolean;
  color?: string;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Asks before something that cannot be undone. Focus starts on Cancel, so Enter never destroys by accident. */
export function ConfirmDialog({
  opened,
  title,
  children,
  confirmLabel,
  loading,
  color = "red",
  onCancel,
  onConfirm,
}: Props) {
  const onTop = useOverlay(opened);

  return (
    <Modal opened={opened} onClose={onCancel} closeOnEscape={onTop} title={title} size={480} zIndex={400}>
      {children}
      <Group justify="flex-end" gap="xs" mt="lg" wrap="nowrap">
        <Button variant="default" onClick={onCancel} data-autofocus>
          Cancel
        </Button>
        <Button color={color} onClick={onConfirm} loading={loading}>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
