import { UnstyledButton } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconSelector } from "@tabler/icons-react";
import type { ApplicationSummary, ApplicationSort } from "@loopwise/domain";
import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useRef, type KeyboardEvent, type ReactNode } from "react";
import { useOpenApplication } from "../../components/use-open-application";
import { TABLE_COLUMNS, type TableColumn } from "./table-columns";
import classes from "./ApplicationTable.module.css";
import { applicationName } from "../../components/application-name";

const ROW_HEIGHT = 48;

interface Props {
  applications: ApplicationSummary[];
  sort: ApplicationSort;
  order: "asc" | "desc";
  onSort: (sort: ApplicationSort) => void;
  fetching: boolean;
}

/** A native table with a sticky header; only the rows in view are in the DOM. */
export function ApplicationTable({ applications, sort, order, onSort, fetching }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: applications.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (index) => applications[index]!.id,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  const open = useOpenApplication();

  return (
    <div ref={scrollRef} className={classes.scroller} data-fetching={fetching || undefined}>
      <table className={classes.table} aria-rowcount={applications.length + 1}>
        <colgroup>
          {TABLE_COLUMNS.map((column) => (
            <col key={column.id} style={{ width: column.width }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {TABLE_COLUMNS.map((column) => (
              <HeaderCell key={column.id} column={column} sort={sort} order={order} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {top > 0 && <tr aria-hidden style={{ height: top }} />}
          {items.map((item) => (
            <Row key={item.key} application={applications[item.index]!} rowIndex={item.index + 2} onOpen={open} />
          ))}
          {bottom > 0 && <tr aria-hidden style={{ height: bottom }} />}
        </tbody>
      </table>
    </div>
  );
}

function HeaderCell({
  column,
  sort,
  order,
  onSort,
}: {
  column: TableColumn;
  sort: ApplicationSort;
  order: "asc" | "desc";
  onSort: (s: ApplicationSort) => void;
}) {
  const active = column.sort !== undefined && column.sort === sort;
  const Icon = active ? (order === "asc" ? IconArrowUp : IconArrowDown) : IconSelector;
  return (
    <th
      scope="col"
      aria-sort={active ? (order === "asc" ? "ascending" : "descending") : undefined}
      style={{ textAlign: column.align }}
    >
      {column.sort ? (
        <UnstyledButton
          className={classes.sortButton}
          onClick={() => onSort(column.sort!)}
          data-active={active || undefined}
        >
          {column.label}
          <Icon size={14} aria-hidden />
        </UnstyledButton>
      ) : (
        column.label
      )}
    </th>
  );
}

const Row = memo(function Row({
  application,
  rowIndex,
  onOpen,
}: {
  application: ApplicationSummary;
  rowIndex: number;
  onOpen: (id: string) => void;
}) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onOpen(application.id);
    }
  };
  return (
    <tr
      className={classes.row}
      tabIndex={0}
      aria-rowindex={rowIndex}
      aria-label={applicationName(application)}
      data-testid="row"
      data-id={application.id}
      data-archived={application.archived || undefined}
      onClick={() => onOpen(application.id)}
      onKeyDown={onKeyDown}
    >
      {TABLE_COLUMNS.map((column) => (
        <td key={column.id} style={{ textAlign: column.align }}>
          <CellContent content={column.render(application)} />
        </td>
      ))}
    </tr>
  );
});

/** Text cells carry a title, so what the ellipsis hides is one hover away. */
function CellContent({ content }: { content: ReactNode }) {
  return (
    <div className={classes.cell} title={typeof content === "string" ? content : undefined}>
      {content}
    </div>
  );
}
