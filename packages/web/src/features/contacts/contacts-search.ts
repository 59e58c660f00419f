import { useNavigate, useRouterState } from "@tanstack/react-router";
import { useCallback, useMemo } from "react";

/** The contacts page's state in its URL, so a reload or a shared link shows the same thing. */
export interface ContactsSearch {
  q?: string;
  companyId?: string;
  /** The contact open in the drawer. */
  contact?: string;
}

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value : undefined);

export function validateContactsSearch(raw: Record<string, unknown>): ContactsSearch {
  return { q: text(raw.q), companyId: text(raw.companyId), contact: text(raw.contact) };
}

/** The page's search params and a function that changes some of them (undefined removes one). */
export function useContactsSearch(): [ContactsSearch, (patch: Partial<ContactsSearch>) => void] {
  const raw = useRouterState({ select: (s) => s.location.search as Record<string, unknown> });
  const search = useMemo(() => validateContactsSearch(raw), [raw]);
  const navigate = useNavigate();
  const patch = useCallback(
    (next: Partial<ContactsSearch>) => {
      // Opening or closing a contact is a step back can undo; typing a search is not.
      const replace = !("contact" in next);
      void navigate({ to: ".", search: (prev: Record<string, unknown>) => ({ ...prev, ...next }), replace });
    },
    [navigate],
  );
  return [search, patch];
}
