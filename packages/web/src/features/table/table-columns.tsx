import { Text } from "@mantine/core";
import { SOURCE_LABELS, type ApplicationSummary, type ApplicationSort } from "@loopwise/domain";
import type { ReactNode } from "react";
import { Desirability } from "../../components/Desirability";
import { StageBadge } from "../../components/StageBadge";
import { TierBadge } from "../../components/TierBadge";
import { isOverdue, shortDate } from "../../lib/dates";

export interface TableColumn {
  id: string;
  label: string;
  width: number | string;
  sort?: ApplicationSort;
  align?: "right";
  render: (application: ApplicationSummary) => ReactNode;
}

const REMOTE_WORDS = { onsite: "Onsite", hybrid: "Hybrid", remote: "Remote" } as const;
const dash = (
  <Text span c="dimmed">
    —
  </Text>
);

export const TABLE_COLUMNS: TableColumn[] = [
  {
    id: "company",
    label: "Company",
    width: "14%",
    sort: "company",
    render: (a) => (
      <span style={{ display: "inline-flex", gap: 6, alignItems: "center", maxWidth: "100%", verticalAlign: "middle" }}>
        <Text span fz="sm" fw={600} truncate lh="normal">
          {a.companyName}
        </Text>
        <TierBadge tier={a.companyTier} />
      </span>
    ),
  },
  { id: "role", label: "Role", width: "16%", sort: "role", render: (a) => a.roleTitle },
  { id: "level", label: "Level", width: 72, sort: "level", render: (a) => a.level ?? dash },
  {
    id: "location",
    label: "Location",
    width: "10%",
    sort: "location",
    render: (a) => locationText(a) ?? dash,
  },
  {
    id: "source",
    label: "Source",
    width: "9%",
    sort: "source",
    render: (a) => (a.source ? SOURCE_LABELS[a.source] : dash),
  },
  { id: "stage", label: "Stage", width: 158, sort: "stage", render: (a) => <StageBadge stage={a.stage} /> },
  { id: "days", label: "Days in stage", width: 118, sort: "daysInStage", align: "right", render: (a) => a.daysInStage },
  {
    id: "desirability",
    label: "Desirability",
    width: 92,
    sort: "desirability",
    render: (a) => (a.desirability ? <Desirability value={a.desirability} /> : dash),
  },
  { id: "next", label: "Next action", width: "10%", render: (a) => a.nextAction ?? dash },
  {
    id: "due",
    label: "Due",
    width: 84,
    sort: "nextActionDue",
    render: (a) =>
      a.nextActionDue ? (
        <Text
          span
          fz="sm"
          c={isOverdue(a.nextActionDue) ? "red" : undefined}
          fw={isOverdue(a.nextActionDue) ? 600 : undefined}
        >
          {shortDate(a.nextActionDue)}
        </Text>
      ) : (
        dash
      ),
  },
];

/** "Berlin · Hybrid"; the policy is left out when the location already says it ("Remote (EU)"). */
function locationText(a: ApplicationSummary): string | null {
  const policy = a.remotePolicy ? REMOTE_WORDS[a.remotePolicy] : null;
  if (!a.location) return policy;
  if (!policy || a.location.toLowerCase().includes(policy.toLowerCase())) return a.location;
  return `${a.location} · ${policy}`;
}
