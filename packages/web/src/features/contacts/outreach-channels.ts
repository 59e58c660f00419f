import { OUTREACH_CHANNEL_LABELS, OUTREACH_CHANNELS, type OutreachChannel } from "@loopwise/domain";
import {
  IconBrandLinkedin,
  IconDots,
  IconMail,
  IconMessage,
  IconPhone,
  IconUsers,
  type Icon,
} from "@tabler/icons-react";

export const CHANNEL_ICONS: Record<OutreachChannel, Icon> = {
  email: IconMail,
  linkedin: IconBrandLinkedin,
  phone: IconPhone,
  text: IconMessage,
  in_person: IconUsers,
  other: IconDots,
};

export const CHANNEL_OPTIONS = OUTREACH_CHANNELS.map((channel) => ({
  value: channel,
  label: OUTREACH_CHANNEL_LABELS[channel],
}));
