import { Accordion, Fieldset } from "@mantine/core";
import { emptyGrant, emptySignOn } from "./offer-draft";
import { GrantFields } from "./GrantFields";
import { ListSection } from "./ListSection";
import { OfferFacts } from "./OfferFacts";
import { OutlookFields } from "./OutlookFields";
import { PayDetails } from "./PayDetails";
import { RefresherFields } from "./RefresherFields";
import { SignOnFields } from "./SignOnFields";
import { removeAt, replaceAt } from "./form-inputs";
import type { OfferFormState } from "./OfferForm";

/** Everything past the essentials, in sections that open on demand. */
export function MoreDetails({ form, compareCurrency }: { form: OfferFormState; compareCurrency: string }) {
  const { draft, set, errors } = form;
  const currency = draft.currency;
  return (
    <Accordion multiple variant="separated" radius="md" defaultValue={["facts"]}>
      <Accordion.Item value="facts">
        <Accordion.Control>About the offer: level, dates, currency, notes</Accordion.Control>
        <Accordion.Panel>
          <OfferFacts form={form} compareCurrency={compareCurrency} />
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="pay">
        <Accordion.Control>Raises, bonus proration, retirement, benefits, relocation</Accordion.Control>
        <Accordion.Panel>
          <PayDetails form={form} />
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="grants">
        <Accordion.Control>More sign-on bonuses and grants, refreshers</Accordion.Control>
        <Accordion.Panel>
          <ListSection
            title="More sign-on bonuses"
            hint="A second payment, in year 2 for instance."
            items={draft.signOns}
            from={1}
            addLabel="Add a sign-on bonus"
            onAdd={() => set("signOns", [...draft.signOns, { ...emptySignOn(), year: 2 }])}
            onRemove={(index) => set("signOns", removeAt(draft.signOns, index))}
            render={(signOn, index) => (
              <SignOnFields
                signOn={signOn}
                currency={currency}
                label={`Sign-on ${index + 1}`}
                onChange={(patch) => set("signOns", replaceAt(draft.signOns, index, patch))}
                errors={(field) => errors[`signOns.${index}.${field}`]}
              />
            )}
          />
          <ListSection
            title="More grants"
            hint="A second grant, or options beside RSUs."
            items={draft.grants}
            from={1}
            addLabel="Add a grant"
            onAdd={() => set("grants", [...draft.grants, emptyGrant()])}
            onRemove={(index) => set("grants", removeAt(draft.grants, index))}
            render={(grant, index) => (
              <Fieldset legend={`Grant ${index + 1}`} variant="filled" radius="md" mt="xs">
                <GrantFields
                  grant={grant}
                  currency={currency}
                  withLabel
                  onChange={(patch) => set("grants", replaceAt(draft.grants, index, patch))}
                  errors={(field) => errors[`grants.${index}.${field}`]}
                />
              </Fieldset>
            )}
          />
          <Fieldset legend="Refreshers" variant="unstyled" mt="md">
            <RefresherFields form={form} />
          </Fieldset>
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="outlook">
        <Accordion.Control>Share price and equity outlook</Accordion.Control>
        <Accordion.Panel>
          <OutlookFields form={form} />
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
