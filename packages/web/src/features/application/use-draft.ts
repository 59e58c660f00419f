import { useCallback, useState } from "react";
import { fieldErrorsOf } from "../../api/field-errors";
import { FIELD_LABELS, type Draft, type DraftKey } from "./application-draft";

/** A form's draft and its field errors; editing a field clears its error. */
export function useDraft(initial: Draft) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const set = useCallback(<K extends DraftKey>(key: K, value: Draft[K]) => {
    setDraft((previous) => ({ ...previous, [key]: value }));
    setErrors((previous) => {
      if (!(key in previous)) return previous;
      const { [key]: _removed, ...rest } = previous;
      return rest;
    });
  }, []);

  /** Shows a 400's field errors under the fields; true when there were some. */
  const showServerErrors = useCallback((error: unknown): boolean => {
    const fields = fieldErrorsOf(error, FIELD_LABELS);
    if (fields) setErrors(fields);
    return fields !== null;
  }, []);

  const reset = useCallback((next: Draft) => {
    setDraft(next);
    setErrors({});
  }, []);

  return { draft, set, errors, setErrors, showServerErrors, reset };
}
