import { Button, Group, Modal } from "@mantine/core";
import { useEffect, type ReactNode } from "react";
import { createStore, useStoreSelector } from "../lib/create-store";

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

/** How many confirm dialogs are open. */
const openCount = createStore(0);

/**
 * True while a confirm dialog is open. A drawer under one must not close on the same Escape:
 * Mantine hands that key to every open modal, and the drawer would close (or ask again) too.
 */
export function useConfirmOpen(): boolean {
  return useStoreSelector(openCount, (n) => n > 0);
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
  useEffect(() => {
    if (!opened) return;
    openCount.set((n) => n + 1);
    return () => openCount.set((n) => n - 1);
  }, [opened]);

  return (
    <Modal opened={opened} onClose={onCancel} title={title} size={480} zIndex={400}>
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
