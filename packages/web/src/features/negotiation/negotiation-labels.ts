import {
  NEGOTIATION_CHANNELS,
  NEGOTIATION_KIND_LABELS,
  NEGOTIATION_KINDS,
  type NegotiationChannel,
  type NegotiationKind,
} from "@loopwise/domain";
import {
  IconArrowBackUp,
  IconClockPlus,
  IconDots,
  IconMail,
  IconMessage,
  IconNote,
  IconPhone,
  IconSend,
  IconUsers,
  IconVideo,
  type Icon,
} from "@tabler/icons-react";

export const CHANNEL_LABELS: Record<NegotiationChannel, string> = {
  email: "Email",
  call: "Call",
  video: "Video call",
  in_person: "In person",
  message: "Message",
  other: "Other",
};

export const CHANNEL_ICONS: Record<NegotiationChannel, Icon> = {
  email: IconMail,
  call: IconPhone,
  video: IconVideo,
  in_person: IconUsers,
  message: IconMessage,
  other: IconDots,
};

export const KIND_ICONS: Record<NegotiationKind, Icon> = {
  ask: IconSend,
  counter: IconArrowBackUp,
  extension: IconClockPlus,
  note: IconNote,
};

export const KIND_COLORS: Record<NegotiationKind, string> = {
  ask: "blue",
  counter: "teal",
  extension: "orange",
  note: "gray",
};

export const CHANNEL_OPTIONS = NEGOTIATION_CHANNELS.map((value) => ({ value, label: CHANNEL_LABELS[value] }));
export const KIND_OPTIONS = NEGOTIATION_KINDS.map((value) => ({ value, label: NEGOTIATION_KIND_LABELS[value] }));
