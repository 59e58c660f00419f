import type { CompDataPoint, CompDataPointInput } from "@loopwise/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "./client";

export const marketKey = ["market"] as const;

/** What an import did (or, on a dry run, would do), with the rows in error by line. */
export interface MarketImportResult {
  dryRun: boolean;
  rows: number;
  added: number;
  duplicates: number;
  errors: { line: number; field: string; message: string }[];
}

export async function fetchMarket(): Promise<CompDataPoint[]> {
  const body = await unwrap<{ points: CompDataPoint[] }>(api.market.$get({ query: {} }));
  return body.points;
}

export async function addDataPoint(input: CompDataPointInput): Promise<CompDataPoint> {
  const body = await unwrap<{ point: CompDataPoint }>(api.market.$post({ json: input }));
  return body.point;
}

export async function deleteDataPoint(id: string): Promise<void> {
  await unwrap<void>(api.market[":id"].$delete({ param: { id } }));
}

/**
 * Sends the file's bytes as they are; the server parses the CSV and answers errors by line. Rows
 * that name no currency (no column, no symbol) are in `currency`.
 */
export async function importMarketCsv(file: File, dryRun: boolean, currency: string): Promise<MarketImportResult> {
  return unwrap<MarketImportResult>(
    api.market.import.$post(
      { query: { dryRun: dryRun ? "true" : "false", currency } },
      { init: { body: file, headers: { "content-type": "text/csv" } } },
    ),
  );
}

export function useMarket() {
  return useQuery({ queryKey: marketKey, queryFn: fetchMarket });
}

function useInvalidateMarket() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: marketKey });
}

export function useAddDataPoint() {
  const invalidate = useInvalidateMarket();
  return useMutation({ mutationFn: addDataPoint, onSuccess: invalidate });
}

export function useDeleteDataPoint() {
  const invalidate = useInvalidateMarket();
  return useMutation({ mutationFn: deleteDataPoint, onSuccess: invalidate });
}

export function useImportMarketCsv() {
  const invalidate = useInvalidateMarket();
  return useMutation({
    mutationFn: ({ file, dryRun, currency }: { file: File; dryRun: boolean; currency: string }) =>
      importMarketCsv(file, dryRun, currency),
    onSuccess: async (result) => {
      if (!result.dryRun) await invalidate();
    },
  });
}
