import { Checkbox, Chip, Group, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { LEVER_ADVICE, TRADE_LEVERS, type TradeLever } from "@loopwise/domain";
import { bindPatch, checkProps, textProps } from "../../lib/bind-fields";
import {
  FIGURE_LABELS,
  type CompetingFigureKind,
  type CompetingOffer,
  type MessageChoices,
  type MessageTemplate,
} from "./message-templates";

interface Props {
  template: MessageTemplate;
  choices: MessageChoices;
  competitors: CompetingOffer[];
  onChange: (patch: Partial<MessageChoices>) => void;
}

const FIGURE_OPTIONS = (Object.keys(FIGURE_LABELS) as CompetingFigureKind[]).map((value) => ({
  value,
  label: FIGURE_LABELS[value],
}));

/** The few choices a template needs: who it goes to, and the date, offer or levers it names. */
export function TemplateFields({ template, choices, competitors, onChange }: Props) {
  const field = bindPatch(choices, onChange);
  return (
    <Stack gap="xs">
      <SimpleGrid cols={2} spacing="xs">
        <TextInput size="xs" label="To" placeholder="The recruiter's first name" {...textProps(field("contactName"))} />
        <TextInput size="xs" label="Your name" placeholder="To sign with" {...textProps(field("senderName"))} />
      </SimpleGrid>
      {template === "more_time" && (
        <DateInput
          size="xs"
          label="Ask for an answer date of"
          {...field("until")}
          valueFormat="ddd, MMM D, YYYY"
          popoverProps={{ withinPortal: true }}
          error={choices.until ? undefined : "Pick the date you would answer by"}
        />
      )}
      {(template === "more_time" || template === "decline") && (
        <TextInput size="xs" label="A sentence of your own (optional)" {...textProps(field("reason"))} />
      )}
      {template === "counter" && (
        <>
          <Select
            size="xs"
            label="The competing written offer"
            placeholder={competitors.length === 0 ? "No other offer recorded" : "Pick one"}
            data={competitors.map((c) => ({ value: c.offerId, label: c.company }))}
            value={choices.competing?.offerId ?? null}
            onChange={(id) => onChange({ competing: competitors.find((c) => c.offerId === id) ?? null })}
            clearable
          />
          <Group gap="lg">
            <Checkbox
              size="xs"
              label="Name the company"
              {...checkProps(field("nameCompeting"))}
              disabled={!choices.competing}
            />
            <Checkbox
              size="xs"
              label="Share its figure"
              {...checkProps(field("shareFigure"))}
              disabled={!choices.competing}
            />
          </Group>
          {choices.shareFigure && choices.competing && (
            <Select
              size="xs"
              label="Which figure"
              data={FIGURE_OPTIONS}
              value={choices.figureKind}
              onChange={(kind) => kind && onChange({ figureKind: kind as CompetingFigureKind })}
              allowDeselect={false}
            />
          )}
        </>
      )}
      {template === "lever_trade" && (
        <Chip.Group multiple value={choices.levers} onChange={(levers) => onChange({ levers: levers as TradeLever[] })}>
          <Group gap={6}>
            {TRADE_LEVERS.map((lever) => (
              <Chip key={lever} value={lever} size="xs">
                {LEVER_ADVICE[lever].label}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      )}
    </Stack>
  );
}
