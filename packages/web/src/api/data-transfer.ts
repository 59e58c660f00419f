import { EXPORT_TABLES, type TableCounts } from "@loopwise/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "./client";

/** What an import answers: rows written, and rows already there (skipped). */
export interface ImportResult {
  created: TableCounts;
  skipped: TableCounts;
}

export interface BackupFile {
  name: string;
  path: string;
  bytes: number;
  createdAt: string;
}

export interface RestoreResult {
  restored: TableCounts;
  /** The data as it was just before, when this Loopwise keeps backups. */
  backup: BackupFile | null;
}

export type BackupStatus =
  { enabled: true; folder: string; keep: number; backups: BackupFile[] } | { enabled: false; backups: [] };

/** A Loopwise export read in the browser, ready to send. */
export interface ExportFile {
  name: string;
  document: { format: "loopwise"; version: 1; [key: string]: unknown };
  /** Rows per table, when the file has the tables (the server checks the rest). */
  counts: TableCounts;
  exportedAt: string | null;
}

export const dataTransferKeys = {
  backups: ["backups"] as const,
};

/** The downloads, as plain links: the server answers each as an attachment. */
export const EXPORT_URLS = {
  json: "/api/export",
  applicationsCsv: "/api/export/applications.csv",
  contactsCsv: "/api/export/contacts.csv",
  contactsVcard: "/api/export/contacts.vcf",
} as const;

const MAX_BYTES = 64 * 1024 * 1024;

/** Reads a .json export or a .json.gz backup (told by its first bytes) and parses it. */
export async function readExportFile(file: File): Promise<ExportFile> {
  if (file.size > MAX_BYTES) throw new Error(`${file.name} is over 64 MB, more than an export of Loopwise can be`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const text = gzipped
    ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text()
    : new TextDecoder().decode(bytes);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new Error(`${file.name} is not a Loopwise export: it is not JSON. CSV files go through the import above.`);
  }
  if (typeof document !== "object" || document === null || (document as { format?: unknown }).format !== "loopwise") {
    throw new Error(`${file.name} is not a Loopwise export (it has no "format": "loopwise").`);
  }
  const record = document as Record<string, unknown>;
  const counts = Object.fromEntries(
    EXPORT_TABLES.map((table) => [table, Array.isArray(record[table]) ? (record[table] as unknown[]).length : 0]),
  ) as TableCounts;
  const exportedAt = typeof record.exportedAt === "string" ? record.exportedAt : null;
  return { name: file.name, document: document as ExportFile["document"], counts, exportedAt };
}

export function useBackups() {
  return useQuery({
    queryKey: dataTransferKeys.backups,
    queryFn: () => unwrap<BackupStatus>(api.backups.$get()),
  });
}

export function useBackupNow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap<{ backup: BackupFile }>(api.backups.$post()),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dataTransferKeys.backups }),
  });
}

/** Adds a Loopwise export's rows; every list in the app may change, so every query refetches. */
export function useImportJson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: ExportFile) => unwrap<ImportResult>(api.import.json.$post({ json: file.document })),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** Replaces all of the user's data with the file's. */
export function useRestore() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: ExportFile) => unwrap<RestoreResult>(api.restore.$post({ json: file.document })),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
