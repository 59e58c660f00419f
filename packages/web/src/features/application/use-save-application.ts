import type { Application, ApplicationPatch } from "@loopwise/domain";
import { useState } from "react";
import { createCompany } from "../../api/companies";
import { useUpdateApplication } from "../../api/use-applications";
import { useCompanies } from "../../api/use-companies";
import { draftPatch, type Draft } from "./application-draft";
import { findCompanyId } from "./CompanyNameInput";

/**
 * Saves the changed fields. A company typed by name is looked up, or created first, so the
 * application can point at it by id.
 */
export function useSaveApplication(application: Application) {
  const update = useUpdateApplication(application.id);
  const companies = useCompanies();
  const [resolving, setResolving] = useState(false);

  const save = async (draft: Draft, companyName: string): Promise<Application | null> => {
    const patch: ApplicationPatch = draftPatch(application, draft);
    const name = companyName.trim();
    if (name !== application.companyName) {
      setResolving(true);
      try {
        patch.companyId = findCompanyId(companies.data, name) ?? (await createCompany({ name })).id;
      } finally {
        setResolving(false);
      }
    }
    if (Object.keys(patch).length === 0) return null;
    return update.mutateAsync(patch);
  };

  const isDirty = (draft: Draft, companyName: string) =>
    companyName.trim() !== application.companyName || Object.keys(draftPatch(application, draft)).length > 0;

  return { save, isDirty, saving: update.isPending || resolving };
}
