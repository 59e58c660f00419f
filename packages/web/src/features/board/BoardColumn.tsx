import { useDroppable } from "@dnd-kit/core";
import { ActionIcon, Badge, Group, Text, Tooltip } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { stageLabel, type ApplicationSummary, type Stage } from "@loopwise/domain";
import { memo, useRef, useState } from "react";
import { STAGE_COLORS } from "../../components/stage-colors";
import { ColumnCards } from "./ColumnCards";
import { QuickAddForm } from "./QuickAddForm";
import classes from "./Board.module.css";

interface Props {
  stage: Stage;
  applications: ApplicationSummary[];
  closed?: boolean;
  collapsed?: boolean;
  onExpand?: () => void;
}

/** One stage. Re-renders on drag-over changes; its memoized card list does not. */
export const BoardColumn = memo(function BoardColumn({ stage, applications, closed, collapsed, onExpand }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const cancelAdding = () => {
    setAdding(false);
    addButton.current?.focus();
  };
  const label = stageLabel(stage);
  const color = `var(--mantine-color-${STAGE_COLORS[stage]}-6)`;

  if (collapsed) {
    return (
      <section ref={setNodeRef} aria-label={label} className={classes.collapsed} data-over={isOver || undefined}>
        <button
          type="button"
          className={classes.collapsedButton}
          onClick={onExpand}
          aria-label={`Show closed columns (${label}: ${applications.length})`}
        >
          <span className={classes.dot} style={{ background: color }} />
          <span className={classes.collapsedLabel}>{label}</span>
          <Badge size="xs" variant="light" color="gray" circle={applications.length < 10}>
            {applications.length}
          </Badge>
        </button>
      </section>
    );
  }

  return (
    <section
      ref={setNodeRef}
      aria-label={label}
      className={classes.column}
      data-closed={closed || undefined}
      data-over={isOver || undefined}
      data-stage={stage}
    >
      <Group className={classes.columnHeader} gap={8} wrap="nowrap">
        <span className={classes.dot} style={{ background: color }} aria-hidden />
        <Text component="h2" fz="sm" fw={650} truncate>
          {label}
        </Text>
        <Badge size="sm" variant="light" color="gray" radius="sm">
          {applications.length}
          <span className="visually-hidden"> {applications.length === 1 ? "application" : "applications"}</span>
        </Badge>
        <Tooltip label={`Add to ${label}`}>
          <ActionIcon
            ref={addButton}
            ml="auto"
            variant="subtle"
            color="gray"
            size="sm"
            onClick={() => setAdding((v) => !v)}
            aria-label={`Add an application to ${label}`}
            aria-expanded={adding}
          >
            <IconPlus size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      {adding && <QuickAddForm stage={stage} onAdded={() => setAdding(false)} onCancel={cancelAdding} />}
      {applications.length > 0 ? (
        <ColumnCards stage={stage} applications={applications} />
      ) : (
        <div className={classes.emptyColumn}>
          <Text fz="xs" c="dimmed" ta="center">
            Drop a card here or press +
          </Text>
        </div>
      )}
    </section>
  );
});
