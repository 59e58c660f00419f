import { compInputSchema, projectComp, type Offer, type Projection } from "@loopwise/domain";
import { useMemo, useState } from "react";
import { useCreateOffer, useDeleteOffer, useUpdateOffer } from "../../api/offers";
import { isApiError } from "../../api/client";
import { draftToFields } from "./draft-to-comp";
import { emptyDraft, offerToDraft, type OfferDraft } from "./offer-draft";
import { compIssues, draftErrors } from "./offer-errors";

/**
 * The offer form's state: the draft, the live projection (the last one that could be computed,
 * so the preview never blanks while a field is half typed), errors and the save.
 */
export function useOfferForm(offer: Offer | null, currency: string, applicationId = "") {
  const [initial] = useState<OfferDraft>(() => (offer ? offerToDraft(offer) : emptyDraft(applicationId, currency)));
  const [draft, setDraft] = useState<OfferDraft>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useCreateOffer();
  const update = useUpdateOffer();
  const remove = useDeleteOffer();

  const live = useMemo(() => {
    const parsed = compInputSchema.safeParse(draftToFields(draft).comp);
    return parsed.success
      ? { comp: parsed.data, projection: projectComp(parsed.data), issues: null }
      : { comp: null, projection: null, issues: draftErrors(compIssues(parsed.error), draft) };
  }, [draft]);
  const [shown, setShown] = useState<Projection | null>(live.projection);
  if (live.projection && live.projection !== shown) setShown(live.projection);

  const set = <K extends keyof OfferDraft>(key: K, value: OfferDraft[K]) => {
    setDraft((previous) => ({ ...previous, [key]: value }));
    if (errors[key as string]) setErrors(({ [key as string]: _removed, ...rest }) => rest);
  };

  /** Saves; answers the saved offer, or null when the form shows what to fix. */
  const save = async (): Promise<Offer | null> => {
    const missing: Record<string, string> = {};
    if (!offer && !draft.applicationId) missing.applicationId = "Pick the application this offer is for";
    if (draft.base === "") missing.base = "Base salary is required";
    const all = { ...(live.issues ?? {}), ...missing };
    if (Object.keys(all).length > 0 || !live.comp) {
      setErrors(all);
      return null;
    }
    // The comp as the model read it, defaults filled in: what the preview showed is what is saved.
    const fields = { ...draftToFields(draft), comp: live.comp };
    try {
      return offer
        ? await update.mutateAsync({ id: offer.id, patch: fields })
        : await create.mutateAsync({ ...fields, applicationId: draft.applicationId });
    } catch (error) {
      if (isApiError(error) && error.fields) {
        setErrors(draftErrors(error.fields, draft));
        return null;
      }
      throw error;
    }
  };

  return {
    draft,
    /** Changed since the form opened (a value typed and typed back counts as unchanged). */
    dirty: draft !== initial && JSON.stringify(draft) !== JSON.stringify(initial),
    set,
    setDraft,
    errors,
    /** Errors of the comp as typed, shown beside the preview until it can be computed. */
    liveIssues: live.issues,
    projection: shown,
    stale: live.projection === null,
    save,
    saving: create.isPending || update.isPending,
    remove: () => (offer ? remove.mutateAsync(offer.id) : Promise.resolve()),
    removing: remove.isPending,
  };
}
