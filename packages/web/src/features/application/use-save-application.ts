import type { Application, ApplicationPatch, Company } from "@loopwise/domain";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError, isApiError } from "../../api/client";
import { createCompany } from "../../api/companies";
import { queryKeys } from "../../api/query-keys";
import { useUpdateApplication } from "../../api/use-applications";
import { useCompanies } from "../../api/use-companies";
import { draftPatch, type Draft } from "./application-draft";
import { findCompanyId } from "./CompanyNameInput";

/**
 * Saves the changed fields. A company typed by name is looked up, or created first, so the
 * application can point at it by id (PATCH takes a companyId only). A company created here goes
 * into the cache at once: if the save itself then fails, the next attempt finds it instead of
 * creating it again (which the server would refuse as a duplicate name).
 */
export function useSaveApplication(application: Application) {
  const update = useUpdateApplication(application.id);
  const companies = useCompanies();
  const queryClient = useQueryClient();
  const [resolving, setResolving] = useState(false);

  const save = async (draft: Draft, companyName: string): Promise<Application | null> => {
    const patch: ApplicationPatch = draftPatch(application, draft);
    const name = companyName.trim();
    if (name !== application.companyName) {
      setResolving(true);
      try {
        patch.companyId = findCompanyId(companies.data, name) ?? (await createAndCache(name)).id;
      } finally {
        setResolving(false);
      }
    }
    if (Object.keys(patch).length === 0) return null;
    return update.mutateAsync(patch);
  };

  const createAndCache = async (name: string): Promise<Company> => {
    const company = await createCompany({ name }).catch((error: unknown) => {
      // The company's "name" is this form's company field.
      if (isApiError(error) && error.fields?.name) {
        throw new ApiError(error.status, error.code, error.message, { companyId: error.fields.name });
      }
      throw error;
    });
    queryClient.setQueryData<Company[]>(queryKeys.companies, (list) => (list ? [...list, company] : list));
    void queryClient.invalidateQueries({ queryKey: queryKeys.companies });
    return company;
  };

  const isDirty = (draft: Draft, companyName: string) =>
    companyName.trim() !== application.companyName || Object.keys(draftPatch(application, draft)).length > 0;

  return { save, isDirty, saving: update.isPending || resolving };
}
