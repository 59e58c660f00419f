import type { CompanyInput, CompanyPatch } from "@loopwise/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createCompany, deleteCompany, fetchCompanies, updateCompany } from "./companies";
import { queryKeys } from "./query-keys";

export function useCompanies() {
  return useQuery({ queryKey: queryKeys.companies, queryFn: fetchCompanies });
}

/** Company changes show on cards (name, tier), so lists are refetched too. */
function useInvalidateAfterCompanyChange() {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.companies }),
      queryClient.invalidateQueries({ queryKey: queryKeys.applications }),
    ]);
  };
}

export function useCreateCompany() {
  const invalidate = useInvalidateAfterCompanyChange();
  return useMutation({ mutationFn: (input: CompanyInput) => createCompany(input), onSuccess: invalidate });
}

export function useUpdateCompany() {
  const invalidate = useInvalidateAfterCompanyChange();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: CompanyPatch }) => updateCompany(id, patch),
    onSuccess: invalidate,
  });
}

export function useDeleteCompany() {
  const invalidate = useInvalidateAfterCompanyChange();
  return useMutation({
    mutationFn: ({ id, cascade }: { id: string; cascade: boolean }) => deleteCompany(id, cascade),
    onSuccess: invalidate,
  });
}
