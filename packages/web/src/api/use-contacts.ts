import type {
  ApplicationContact,
  ContactInput,
  ContactPatch,
  ContactRole,
  Outreach,
  OutreachInput,
  OutreachPatch,
  ReferralStatus,
} from "@loopwise/domain";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  addOutreach,
  contactKeys,
  createContact,
  deleteContact,
  deleteOutreach,
  fetchApplicationContacts,
  fetchContact,
  fetchContacts,
  fetchOutreach,
  linkContact,
  setReferralStatus,
  unlinkContact,
  updateContact,
  updateOutreach,
  type ContactListQuery,
} from "./contacts";

export function useContacts(query: ContactListQuery = {}) {
  return useQuery({
    queryKey: contactKeys.list(query),
    queryFn: () => fetchContacts(query),
    placeholderData: keepPreviousData,
  });
}

export function useContact(id: string) {
  return useQuery({ queryKey: contactKeys.detail(id), queryFn: () => fetchContact(id) });
}

export function useOutreach(contactId: string) {
  return useQuery({ queryKey: contactKeys.outreach(contactId), queryFn: () => fetchOutreach(contactId) });
}

export function useApplicationContacts(applicationId: string) {
  return useQuery({
    queryKey: contactKeys.ofApplication(applicationId),
    queryFn: () => fetchApplicationContacts(applicationId),
  });
}

/**
 * Any change to a person, a link or an outreach entry shows in several places (the table's roles and
 * dates, the detail's links, an application's people, the Today page's follow-ups): refetch them.
 */
function useInvalidatePeople() {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: contactKeys.all }),
      queryClient.invalidateQueries({ queryKey: ["today"] }),
    ]);
  };
}

export function useCreateContact() {
  const invalidate = useInvalidatePeople();
  return useMutation({ mutationFn: (input: ContactInput) => createContact(input), onSuccess: invalidate });
}

export function useUpdateContact(id: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (patch: ContactPatch) => updateContact(id, patch),
    onSuccess: async (contact) => {
      queryClient.setQueryData(contactKeys.detail(id), contact);
      await invalidate();
    },
  });
}

/**
 * The deleted contact's own queries are not refetched: the drawer showing them closes after this
 * resolves, and a refetch now would only answer 404 under it.
 */
export function useDeleteContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteContact(id),
    onSuccess: async (_, id) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: contactKeys.all, predicate: (q) => q.queryKey[2] !== id }),
        // Stale, so coming back to it (the browser's Back) asks again and hears it is gone.
        queryClient.invalidateQueries({ queryKey: contactKeys.detail(id), refetchType: "none" }),
        queryClient.invalidateQueries({ queryKey: contactKeys.outreach(id), refetchType: "none" }),
        queryClient.invalidateQueries({ queryKey: ["today"] }),
      ]);
    },
  });
}

export function useAddOutreach(contactId: string) {
  const invalidate = useInvalidatePeople();
  return useMutation({ mutationFn: (input: OutreachInput) => addOutreach(contactId, input), onSuccess: invalidate });
}

/** Ticking "replied" or "followed up" shows at once; a refusal puts the entry back. */
export function useUpdateOutreach(contactId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidatePeople();
  const key = contactKeys.outreach(contactId);
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: OutreachPatch }) => updateOutreach(contactId, id, patch),
    onMutate: async ({ id, patch }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<Outreach[]>(key);
      queryClient.setQueryData<Outreach[]>(key, (log) => log?.map((e) => (e.id === id ? { ...e, ...patch } : e)));
      return { before };
    },
    onError: (_error, _vars, context) => queryClient.setQueryData(key, context?.before),
    onSettled: invalidate,
  });
}

export function useDeleteOutreach(contactId: string) {
  const invalidate = useInvalidatePeople();
  return useMutation({ mutationFn: (id: string) => deleteOutreach(contactId, id), onSuccess: invalidate });
}

export function useLinkContact(applicationId: string) {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (input: { contactId: string; role: ContactRole }) => linkContact(applicationId, input),
    onSuccess: invalidate,
  });
}

/** The new status shows at once; a refusal puts the old one back. */
export function useSetReferralStatus(applicationId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidatePeople();
  const key = contactKeys.ofApplication(applicationId);
  return useMutation({
    mutationFn: ({ linkId, status }: { linkId: string; status: ReferralStatus }) =>
      setReferralStatus(applicationId, linkId, status),
    onMutate: async ({ linkId, status }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<ApplicationContact[]>(key);
      queryClient.setQueryData<ApplicationContact[]>(key, (links) =>
        links?.map((l) => (l.id === linkId ? { ...l, referralStatus: status } : l)),
      );
      return { before };
    },
    onError: (_error, _vars, context) => queryClient.setQueryData(key, context?.before),
    onSettled: invalidate,
  });
}

export function useUnlinkContact(applicationId: string) {
  const invalidate = useInvalidatePeople();
  return useMutation({ mutationFn: (linkId: string) => unlinkContact(applicationId, linkId), onSuccess: invalidate });
}
