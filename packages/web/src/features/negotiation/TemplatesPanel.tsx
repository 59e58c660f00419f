import { Paper, Select, Stack, Text, Title } from "@mantine/core";
import { useLocalStorage } from "@mantine/hooks";
import { projectComp, type Message, type TradeLever } from "@loopwise/domain";
import { useImperativeHandle, useMemo, useRef, useState, type Ref } from "react";
import { todayIso } from "../../lib/dates";
import type { OfferView } from "../offers/use-offers-view";
import {
  buildMessage,
  competingOffer,
  defaultUntil,
  MESSAGE_TEMPLATES,
  TEMPLATE_LABELS,
  type MessageChoices,
  type MessageTemplate,
} from "./message-templates";
import { MessageEditor } from "./MessageEditor";
import { TemplateFields } from "./TemplateFields";

/** What a plan step hands over when the user asks it to write the message. */
export interface TemplateRequest {
  template: MessageTemplate;
  until?: string | null;
  competingOfferId?: string | null;
  levers?: TradeLever[];
}

export interface TemplatesHandle {
  show: (request: TemplateRequest) => void;
}

interface Props {
  ref: Ref<TemplatesHandle>;
  row: OfferView;
  rows: OfferView[];
}

/** Ready-to-edit messages for this offer, filled with the user's names, dates and numbers. */
export function TemplatesPanel({ ref, row, rows }: Props) {
  const { offer } = row;
  const panel = useRef<HTMLDivElement>(null);
  const [senderName, setSenderName] = useLocalStorage({ key: "loopwise-message-sender", defaultValue: "" });
  const competitors = useMemo(
    () =>
      rows
        .filter((r) => r.offer.id !== offer.id)
        .sort((a, b) => b.projection.annualized - a.projection.annualized)
        .map((r) => competingOffer(r.offer.id, r.offer.companyName, projectComp(r.comp))),
    [rows, offer.id],
  );
  const [template, setTemplate] = useState<MessageTemplate>("counter");
  const [choices, setChoices] = useState<Omit<MessageChoices, "senderName">>(() => ({
    company: offer.companyName,
    role: offer.title ?? offer.roleTitle,
    contactName: "",
    deadline: offer.deadline,
    startDate: offer.startDate,
    until: defaultUntil(offer.deadline, todayIso()),
    reason: "",
    competing: competitors[0] ?? null,
    nameCompeting: true,
    shareFigure: false,
    figureKind: "total",
    levers: ["sign_on"],
  }));
  const [edited, setEdited] = useState<Message | null>(null);
  const all: MessageChoices = { ...choices, senderName };
  const generated = buildMessage(template, all);

  const change = (patch: Partial<MessageChoices>) => {
    const { senderName: name, ...rest } = patch;
    if (name !== undefined) setSenderName(name);
    setChoices((current) => ({ ...current, ...rest }));
    setEdited(null);
  };

  useImperativeHandle(ref, () => ({
    show: (request) => {
      setTemplate(request.template);
      setEdited(null);
      setChoices((current) => ({
        ...current,
        ...(request.until ? { until: request.until } : {}),
        ...(request.competingOfferId
          ? { competing: competitors.find((c) => c.offerId === request.competingOfferId) ?? current.competing }
          : {}),
        ...(request.levers?.length ? { levers: request.levers } : {}),
      }));
      panel.current?.scrollIntoView({ behavior: "smooth", block: "start" });
      panel.current?.querySelector<HTMLElement>("textarea")?.focus({ preventScroll: true });
    },
  }));

  return (
    <Paper ref={panel} withBorder radius="md" p="md" component="section" aria-labelledby="templates-title">
      <Title order={4} id="templates-title" mb={4}>
        Messages
      </Title>
      <Text fz="xs" c="dimmed" mb="sm">
        Written for you to edit and send yourself. None names a number of your own: a counter points to a written offer.
      </Text>
      <Stack gap="sm">
        <Select
          size="sm"
          aria-label="Template"
          data={MESSAGE_TEMPLATES.map((value) => ({ value, label: TEMPLATE_LABELS[value] }))}
          value={template}
          onChange={(value) => {
            if (!value) return;
            setTemplate(value as MessageTemplate);
            setEdited(null);
          }}
          allowDeselect={false}
        />
        <TemplateFields template={template} choices={all} competitors={competitors} onChange={change} />
        {generated ? (
          <MessageEditor
            message={edited ?? generated}
            edited={edited !== null}
            onChange={setEdited}
            onReset={() => setEdited(null)}
          />
        ) : (
          <Text fz="sm" c="dimmed">
            {template === "more_time" ? "Pick the date you would answer by." : "Pick at least one lever to ask about."}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
