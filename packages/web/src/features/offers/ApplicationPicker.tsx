import { Select } from "@mantine/core";
import { stageLabel } from "@loopwise/domain";
import { ALL_APPLICATIONS } from "../../api/applications";
import { useOffers } from "../../api/offers";
import { useApplicationList } from "../../api/use-applications";
import { applicationName } from "../../components/application-name";

interface Props {
  value: string;
  onChange: (applicationId: string) => void;
  error?: string | undefined;
}

/** Any application without an offer yet, whatever its stage; recording moves it to Offer. */
export function ApplicationPicker({ value, onChange, error }: Props) {
  const list = useApplicationList(ALL_APPLICATIONS);
  const offers = useOffers();
  const taken = new Set((offers.data ?? []).map((offer) => offer.applicationId as string));
  const applications = (list.data?.applications ?? []).filter((a) => !a.archived && !taken.has(a.id));
  return (
    <Select
      label="Application"
      description="Pick the application the offer is for; its card moves to the Offer stage."
      placeholder={
        list.isLoading ? "Loading…" : applications.length ? "Search company or role" : "No application without an offer"
      }
      required
      searchable
      data-autofocus
      nothingFoundMessage="No application matches"
      data={applications.map((a) => ({ value: a.id, label: `${applicationName(a)} · ${stageLabel(a.stage)}` }))}
      value={value || null}
      onChange={(id) => onChange(id ?? "")}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
