import { Text } from "@mantine/core";
import type { Company } from "@loopwise/domain";
import { useEffect, useState } from "react";
import { isApiError } from "../../api/client";
import { useDeleteCompany } from "../../api/use-companies";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { notifyError, notifySuccess } from "../../components/notify";

const plural = (n: number) => `${n} application${n === 1 ? "" : "s"}`;

/**
 * Deleting a company with applications deletes them too (cascade), and the dialog says so. If the
 * server knows of applications the list did not show (a 409), the dialog asks again for the cascade.
 */
export function DeleteCompanyDialog({ company, onClose }: { company: Company | null; onClose: () => void }) {
  const remove = useDeleteCompany();
  const [conflict, setConflict] = useState<string | null>(null);
  useEffect(() => setConflict(null), [company]);
  const count = company?.applicationCount ?? 0;
  const cascade = count > 0 || conflict !== null;

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
          if (isApiError(error) && error.isConflict && !cascade) setConflict(error.message);
          else notifyError(error, "The company could not be deleted");
        },
      },
    );
  };

  return (
    <ConfirmDialog
      opened={company !== null}
      title={`Delete ${company?.name ?? "company"}?`}
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
              {company?.name} has <b>{plural(count)}</b>.
            </>
          ) : (
            conflict
          )}{" "}
          Deleting the company deletes its applications too, with their stage history. This cannot be undone; archive
          the applications instead if you only want them out of sight.
        </Text>
      ) : (
        <Text fz="sm">{company?.name} has no applications. The company and its notes will be deleted.</Text>
      )}
    </ConfirmDialog>
  );
}
