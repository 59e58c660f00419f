import { Skeleton, Text, ThemeIcon, Timeline } from "@mantine/core";
import type { CompInput, NegotiationEvent, Offer } from "@loopwise/domain";
import { KIND_COLORS, KIND_ICONS } from "./negotiation-labels";
import { NegotiationEntry } from "./NegotiationEntry";

interface Props {
  events: NegotiationEvent[] | undefined;
  error: Error | null;
  offer: Offer;
  comp: CompInput;
}

/** The offer's negotiation, oldest first, as a timeline. */
export function NegotiationLog({ events, error, offer, comp }: Props) {
  if (error) {
    return (
      <Text c="red" fz="sm">
        {error.message}
      </Text>
    );
  }
  if (!events) return <Skeleton h={80} aria-label="Loading the negotiation log" />;
  if (events.length === 0) {
    return (
      <Text fz="sm" c="dimmed">
        Nothing logged yet. Log every ask, counter, call and email: the plan counts the rounds you have used, and the
        numbers that come back update the offer.
      </Text>
    );
  }
  return (
    <Timeline bulletSize={26} lineWidth={2} aria-label="Negotiation log">
      {events.map((event) => {
        const Icon = KIND_ICONS[event.kind];
        return (
          <Timeline.Item
            key={event.id}
            bullet={
              <ThemeIcon size={26} radius="xl" variant="light" color={KIND_COLORS[event.kind]}>
                <Icon size={14} aria-hidden />
              </ThemeIcon>
            }
          >
            <NegotiationEntry event={event} offer={offer} comp={comp} />
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
