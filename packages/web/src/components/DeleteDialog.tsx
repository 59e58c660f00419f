import type { ReactNode } from "react";
import { ConfirmDialog } from "./ConfirmDialog";
import { notifyError } from "./notify";

/** A delete mutation (TanStack Query's `useMutation`) taking the id of what goes. */
interface Removal {
  mutate: (id: string, options: { onSuccess: () => void; onError: (error: Error) => void }) => void;
  isPending: boolean;
}

interface Props {
  opened: boolean;
  onClose: () => void;
  title: string;
  confirmLabel: string;
  children: ReactNode;
  remove: Removal;
  id: string;
  /** The notification's title when the delete fails. */
  failure: string;
}

/** Asks before a delete, runs it, closes once it is done and says so when it fails (the dialog stays open). */
export function DeleteDialog({ opened, onClose, title, confirmLabel, children, remove, id, failure }: Props) {
  return (
    <ConfirmDialog
      opened={opened}
      title={title}
      confirmLabel={confirmLabel}
      loading={remove.isPending}
      onCancel={onClose}
      onConfirm={() => remove.mutate(id, { onSuccess: onClose, onError: (error) => notifyError(error, failure) })}
    >
      {children}
    </ConfirmDialog>
  );
}
