import { Select } from "@mantine/core";
import { IconArrowsExchange } from "@tabler/icons-react";
import { useSaveCompareCurrency } from "../../api/offers";
import { notifyError } from "../../components/notify";
import { currencyOptions } from "./currencies";
import { useOffersView } from "./use-offers-view";

/** Which currency every offer is compared in; saved with the offer preferences. */
export function CompareCurrencySelect() {
  const { offers, compareCurrency } = useOffersView();
  const save = useSaveCompareCurrency();
  const data = currencyOptions(
    offers.map((offer) => offer.comp.currency),
    compareCurrency,
  );
  return (
    <Select
      aria-label="Compare in currency"
      leftSection={<IconArrowsExchange size={16} />}
      description="Compare in"
      data={data}
      value={compareCurrency}
      allowDeselect={false}
      searchable
      w={130}
      onChange={(value) => {
        if (value && value !== compareCurrency) {
          save.mutate(value, { onError: (error) => notifyError(error, "The currency could not be saved") });
        }
      }}
    />
  );
}
