import { Text } from "@mantine/core";
import type { Company } from "@loopwise/domain";
import { useEffect, useState } from "react";
import { isApiError } from "../../api/client";
import { useDeleteCompany } from "../../api/use-companies";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { notifyError, notifySuccess } from "../../components/notify";
import { useLastDefined } from "../../lib/use-last-defined";

const plural = (n: number) => `${n} application${n === 1 ? "" : "s"}`;

/**
 * Deleting a company with applications deletes them too (cascade), and the dialog says so. If the
 * server knows of applications the list did not show (a 409), the dialog asks again for the cascade.
 */
export function DeleteCompanyDialog({ company, onClose }: { company: Company | null; onClose: () => void }) {
  const remove = useDeleteCompany();
  // The server knows of applications this page had not shown yet (its message speaks to API users).
  const [conflict, setConflict] = useState(false);
  useEffect(() => {
    if (company) setConflict(false);
  }, [company]);
  // What the dialog shows, kept while it animates out after `company` went back to null.
  const shown = useLastDefined(company);
  const count = shown?.applicationCount ?? 0;
  const cascade = count > 0 || conflict;

  const confirm = () => {
    if (!company) return;
    remove.mutate(
      { id: company.id, cascade },
      {
        onSuccess: () => {
          notifySuccess(cascade ? `Deleted ${company.name} and its applications` : `Deleted ${company.name}`);
          onClose();
        },
        onError: (error) => {
          if (isApiError(error) && error.isConflict && !cascade) setConflict(true);
          else notifyError(error, "The company could not be deleted");
        },
      },
    );
  };

  return (
    <ConfirmDialog
      opened={company !== null}
      title={`Delete ${shown?.name ?? "company"}?`}
      confirmLabel={
        cascade
          ? count > 0
            ? `Delete company and ${plural(count)}`
            : "Delete company and its applications"
          : "Delete company"
      }
      loading={remove.isPending}
      onCancel={onClose}
      onConfirm={confirm}
    >
      {cascade ? (
        <Text fz="sm">
          {count > 0 ? (
            <>
              {shown?.name} has <b>{plural(count)}</b>.
            </>
          ) : (
            <>{shown?.name} has applications this page had not shown yet.</>
          )}{" "}
          Deleting the company deletes its applications too, with their stage history. This cannot be undone; archive
          the applications instead if you only want them out of sight.
        </Text>
      ) : (
        <Text fz="sm">{shown?.name} has no applications. The company and its notes will be deleted.</Text>
      )}
    </ConfirmDialog>
  );
}
