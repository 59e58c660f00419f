import { Badge, Group, Text } from "@mantine/core";
import { IconCalendarDue, IconClockHour3 } from "@tabler/icons-react";
import type { ApplicationSummary } from "@loopwise/domain";
import { memo } from "react";
import { Desirability } from "../../components/Desirability";
import { TierBadge } from "../../components/TierBadge";
import { isDueToday, isOverdue, shortDate } from "../../lib/dates";
import classes from "./CardBody.module.css";

/** What a card shows. Memoized on the application object, which keeps its identity until it changes. */
export const CardBody = memo(function CardBody({ application: a }: { application: ApplicationSummary }) {
  const overdue = isOverdue(a.nextActionDue);
  const dueToday = isDueToday(a.nextActionDue);
  return (
    <div className={classes.card} data-archived={a.archived || undefined}>
      <Group justify="space-between" gap={6} wrap="nowrap">
        <Text fz="xs" fw={600} truncate className={classes.company}>
          {a.companyName}
        </Text>
        <TierBadge tier={a.companyTier} />
      </Group>
      <Text fz="sm" fw={600} lh={1.3} lineClamp={2} className={classes.role}>
        {a.roleTitle}
      </Text>
      <Group justify="space-between" gap={6} wrap="nowrap" mt={8}>
        <Group gap={4} wrap="nowrap" className={classes.tags}>
          {a.tags.slice(0, 3).map((tag) => (
            <Badge key={tag} size="xs" variant="default" radius="sm" tt="none" fw={500} className={classes.tag}>
              {tag}
            </Badge>
          ))}
          {a.tags.length > 3 && (
            <Text fz={10} c="dimmed">
              +{a.tags.length - 3}
            </Text>
          )}
        </Group>
        <Group gap={8} wrap="nowrap" className={classes.meta}>
          <Desirability value={a.desirability} />
          <Group
            gap={2}
            wrap="nowrap"
            title={`${a.daysInStage} days in this stage`}
            aria-label={`${a.daysInStage} days in this stage`}
          >
            <IconClockHour3 size={13} aria-hidden />
            <Text fz="xs" inherit>
              {a.daysInStage}d
            </Text>
          </Group>
        </Group>
      </Group>
      {a.nextAction && (
        <Group
          gap={5}
          mt={8}
          wrap="nowrap"
          align="flex-start"
          className={classes.next}
          data-overdue={overdue || undefined}
          data-today={dueToday || undefined}
        >
          <IconCalendarDue size={14} aria-hidden className={classes.nextIcon} />
          {/* Two lines, not one: the action is the point of this row, the date fits beside it. */}
          <Text fz="xs" lineClamp={2} inherit className={classes.nextText}>
            {a.nextAction}
          </Text>
          {a.nextActionDue && (
            <Text fz="xs" fw={600} ml="auto" className={classes.due} inherit>
              {overdue ? "Overdue · " : ""}
              {dueToday ? "Today" : shortDate(a.nextActionDue)}
            </Text>
          )}
        </Group>
      )}
      {a.archived && (
        <Badge size="xs" variant="outline" color="gray" mt={8}>
          Archived
        </Badge>
      )}
    </div>
  );
});
