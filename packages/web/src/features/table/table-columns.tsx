import { Text } from "@mantine/core";
import { SOURCE_LABELS, type ApplicationSummary, type ApplicationSort } from "@loopwise/domain";
import type { ReactNode } from "react";
import { Desirability } from "../../components/Desirability";
import { REMOTE_LABELS } from "../../components/labels";
import { StageBadge } from "../../components/StageBadge";
import { TierBadge } from "../../components/TierBadge";
import { isOverdue, shortDate } from "../../lib/dates";
import classes from "./ApplicationTable.module.css";

export interface TableColumn {
  id: string;
  label: string;
  width: number | string;
  sort?: ApplicationSort;
  align?: "right";
  render: (application: ApplicationSummary) => ReactNode;
}

const dash = (
  <Text span c="dimmed">
    —
  </Text>
);

/**
 * Widths are shares of the table, chosen so that at 1366 px every column fits without a scrollbar
 * and text cells wrap to two lines before they cut anything.
 */
export const TABLE_COLUMNS: TableColumn[] = [
  {
    id: "company",
    label: "Company",
    width: "14%",
    sort: "company",
    render: (a) => (
      <span className={classes.company}>
        <Text span fz="sm" fw={600} lineClamp={2} lh={1.3}>
          {a.companyName}
        </Text>
        <TierBadge tier={a.companyTier} />
      </span>
    ),
  },
  { id: "role", label: "Role", width: "13.5%", sort: "role", render: (a) => a.roleTitle },
  { id: "level", label: "Level", width: "7.5%", sort: "level", render: (a) => a.level ?? dash },
  { id: "location", label: "Location", width: "9.5%", sort: "location", render: (a) => locationText(a) ?? dash },
  {
    id: "source",
    label: "Source",
    width: "8%",
    sort: "source",
    render: (a) => (a.source ? SOURCE_LABELS[a.source] : dash),
  },
  {
    id: "stage",
    label: "Stage",
    width: "11.5%",
    sort: "stage",
    render: (a) => <StageBadge stage={a.stage} size="sm" />,
  },
  {
    id: "days",
    label: "Days in stage",
    width: "6.5%",
    sort: "daysInStage",
    align: "right",
    render: (a) => a.daysInStage,
  },
  {
    id: "desirability",
    label: "Desirability",
    width: "9.5%",
    sort: "desirability",
    render: (a) => (a.desirability ? <Desirability value={a.desirability} /> : dash),
  },
  { id: "next", label: "Next action", width: "13%", render: (a) => a.nextAction ?? dash },
  {
    id: "due",
    label: "Due",
    width: "7%",
    sort: "nextActionDue",
    render: (a) => (a.nextActionDue ? <DueDate due={a.nextActionDue} /> : dash),
  },
];

/** Overdue is said in words as well as in red. */
function DueDate({ due }: { due: string }) {
  const overdue = isOverdue(due);
  return (
    <Text
      span
      fz="sm"
      c={overdue ? "red" : undefined}
      fw={overdue ? 600 : undefined}
      title={overdue ? "Overdue" : undefined}
    >
      {shortDate(due)}
      {overdue && <span className="visually-hidden"> (overdue)</span>}
    </Text>
  );
}

/** "Berlin · Hybrid"; the policy is left out when the location already says it ("Remote (EU)"). */
function locationText(a: ApplicationSummary): string | null {
  const policy = a.remotePolicy ? REMOTE_LABELS[a.remotePolicy] : null;
  if (!a.location) return policy;
  if (!policy || a.location.toLowerCase().includes(policy.toLowerCase())) return a.location;
  return `${a.location} · ${policy}`;
}
