import { useCallback, useState } from "react";
import { isApiError } from "../../api/client";
import type { Draft, DraftKey } from "./application-draft";

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
    if (!isApiError(error) || !error.fields) return false;
    const fields: Record<string, string> = {};
    for (const [name, message] of Object.entries(error.fields)) fields[name.split(".")[0]!] = capitalize(message);
    setErrors(fields);
    return true;
  }, []);

  const reset = useCallback((next: Draft) => {
    setDraft(next);
    setErrors({});
  }, []);

  return { draft, set, errors, setErrors, showServerErrors, reset };
}

function capitalize(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
