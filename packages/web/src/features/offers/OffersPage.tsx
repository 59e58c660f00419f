import { Button, Group, Tabs, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import type { Offer } from "@loopwise/domain";
import { useState } from "react";
import { offerKeys } from "../../api/offers";
import { LoadError } from "../../components/LoadError";
import { PageLoader } from "../../components/PageLoader";
import { DecisionTab } from "../decision/DecisionTab";
import { MarketTab } from "../market/MarketTab";
import { NegotiationTab } from "../negotiation/NegotiationTab";
import { CompareCurrencySelect } from "./CompareCurrencySelect";
import { CompareTab } from "./CompareTab";
import { OfferFormDrawer } from "./OfferFormDrawer";
import { OffersEmpty } from "./OffersEmpty";
import { isOfferTab, OFFER_TABS, type OfferTab } from "./offers-search";
import { useOffersView } from "./use-offers-view";
import pageClasses from "../../components/Page.module.css";
import classes from "./OffersPage.module.css";

/** The form: closed, adding a new offer, or editing one. */
type FormState = { opened: false } | { opened: true; offer: Offer | null };

export function OffersPage() {
  const { offers, isLoading, error } = useOffersView();
  const queryClient = useQueryClient();
  const search = useSearch({ from: "/offers" });
  const navigate = useNavigate({ from: "/offers" });
  const tab: OfferTab = search.tab ?? "compare";
  const [form, setForm] = useState<FormState>({ opened: false });
  const setTab = (value: string | null) => {
    if (!isOfferTab(value)) return;
    void navigate({ search: value === "compare" ? {} : { tab: value }, replace: true });
  };
  const openForm = (offer: Offer | null) => setForm({ opened: true, offer });

  return (
    <div className={pageClasses.page}>
      <div className={classes.content}>
        <Group justify="space-between" align="flex-end" mb="lg" wrap="nowrap">
          <div>
            <Title order={2}>Offers</Title>
            <Text c="dimmed" fz="sm">
              Every offer as year-by-year money, side by side: vesting, cliffs, sign-on and refreshers counted.
            </Text>
          </div>
          <Group gap="sm" align="flex-end" wrap="nowrap">
            {offers.length > 0 && <CompareCurrencySelect />}
            <Button leftSection={<IconPlus size={16} />} onClick={() => openForm(null)}>
              Add offer
            </Button>
          </Group>
        </Group>
        {error && offers.length === 0 ? (
          <LoadError error={error} onRetry={() => void queryClient.invalidateQueries({ queryKey: offerKeys.all })} />
        ) : isLoading ? (
          <PageLoader />
        ) : offers.length === 0 ? (
          <OffersEmpty onAdd={() => openForm(null)} />
        ) : (
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List mb="lg">
              {OFFER_TABS.map(({ value, label }) => (
                <Tabs.Tab key={value} value={value}>
                  {label}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value="compare">
              <CompareTab onEdit={openForm} />
            </Tabs.Panel>
            <Tabs.Panel value="decide">
              <DecisionTab />
            </Tabs.Panel>
            <Tabs.Panel value="negotiate">
              <NegotiationTab />
            </Tabs.Panel>
            <Tabs.Panel value="market">
              <MarketTab />
            </Tabs.Panel>
          </Tabs>
        )}
      </div>
      <OfferFormDrawer
        opened={form.opened}
        offer={form.opened ? form.offer : null}
        onClose={() => setForm({ opened: false })}
      />
    </div>
  );
}
