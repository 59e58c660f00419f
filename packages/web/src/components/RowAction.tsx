import { ActionIcon, Tooltip } from "@mantine/core";
import type { ReactNode } from "react";

interface Props {
  tooltip: string;
  /** What a screen reader says; the tooltip when not given. */
  label?: string;
  onClick: () => void;
  children: ReactNode;
}

/** A small grey icon button with a tooltip: an entry's or a row's own action (edit, delete, unlink). */
export function RowAction({ tooltip, label = tooltip, onClick, children }: Props) {
  return (
    <Tooltip label={tooltip}>
      <ActionIcon variant="subtle" color="gray" size="sm" aria-label={label} onClick={onClick}>
        {children}
      </ActionIcon>
    </Tooltip>
  );
}
