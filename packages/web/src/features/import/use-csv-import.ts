import type { Stage } from "@loopwise/domain";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { isApiError } from "../../api/client";
import {
  checkCsv,
  previewCsv,
  runCsvImport,
  type ColumnTarget,
  type CsvCheck,
  type CsvImportEvent,
  type CsvPreview,
  type DateOrder,
  type ImportChoices,
} from "../../api/csv-import";
import { queryKeys } from "../../api/query-keys";

export type Phase = "idle" | "reading" | "checking" | "importing";
export type DoneEvent = Extract<CsvImportEvent, { type: "done" }>;

export interface CsvImportState {
  file: File | null;
  preview: CsvPreview | null;
  choices: ImportChoices;
  /** The dry run for the current choices; cleared whenever they change. */
  check: CsvCheck | null;
  /** Statuses the checks found no stage for, kept while the user chooses one for each. */
  unknownStatuses: string[];
  phase: Phase;
  progress: { done: number; total: number } | null;
  result: DoneEvent | null;
  /** What went wrong last, in words for the user. */
  problem: string | null;
}

/** The server's limit, checked here first so a large file is not sent only to be refused. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

const EMPTY_CHOICES: ImportChoices = { mapping: {}, statuses: {} };

const INITIAL: CsvImportState = {
  file: null,
  preview: null,
  choices: EMPTY_CHOICES,
  check: null,
  unknownStatuses: [],
  phase: "idle",
  progress: null,
  result: null,
  problem: null,
};

function messageOf(error: unknown): string {
  if (isApiError(error) && error.fields) return Object.values(error.fields).join("; ");
  return error instanceof Error ? error.message : String(error);
}

/**
 * The import's steps: read a file into a preview, adjust the mapping, check (a dry run), import
 * with progress. Any change to the choices drops the check, so what is imported is what was checked.
 */
export function useCsvImport() {
  const queryClient = useQueryClient();
  const [state, setState] = useState<CsvImportState>(INITIAL);
  const patch = (next: Partial<CsvImportState>) => setState((s) => ({ ...s, ...next }));
  const choose = (change: (choices: ImportChoices) => ImportChoices) =>
    setState((s) => ({ ...s, choices: change(s.choices), check: null, problem: null }));

  async function pick(file: File) {
    if (file.size > MAX_FILE_BYTES) {
      setState({ ...INITIAL, problem: `${file.name} is over 20 MB; split it into smaller files and import each` });
      return;
    }
    setState({ ...INITIAL, file, phase: "reading" });
    try {
      const preview = await previewCsv(file);
      patch({ preview, choices: { ...EMPTY_CHOICES, mapping: preview.mapping }, phase: "idle" });
    } catch (error) {
      setState({ ...INITIAL, problem: messageOf(error) });
    }
  }

  /** Maps a column; a field that takes one column leaves the column that had it. */
  function mapColumn(header: string, target: ColumnTarget) {
    const single = !state.preview?.fields.find((f) => f.value === target)?.multiple;
    choose((c) => {
      const mapping = { ...c.mapping };
      if (target !== "ignore" && single) {
        for (const [other, current] of Object.entries(mapping)) if (current === target) mapping[other] = "ignore";
      }
      mapping[header] = target;
      return { ...c, mapping };
    });
  }

  const chooseStage = (status: string, stage: Stage) =>
    choose((c) => ({ ...c, statuses: { ...c.statuses, [status]: stage } }));
  const chooseDateOrder = (dateOrder: DateOrder) => choose((c) => ({ ...c, dateOrder }));

  async function check() {
    if (!state.file) return;
    patch({ phase: "checking", problem: null });
    try {
      const result = await checkCsv(state.file, state.choices);
      setState((s) => ({
        ...s,
        check: result,
        phase: "idle",
        unknownStatuses: [...new Set([...s.unknownStatuses, ...result.unknownStatuses])],
      }));
    } catch (error) {
      patch({ phase: "idle", problem: messageOf(error) });
    }
  }

  async function runImport() {
    if (!state.file || !state.check) return;
    patch({ phase: "importing", progress: { done: 0, total: state.check.toCreate }, problem: null });
    try {
      const last = await runCsvImport(state.file, state.choices, (event) => {
        if (event.type === "progress") patch({ progress: { done: event.done, total: event.total } });
      });
      if (last.type === "done") {
        patch({ phase: "idle", result: last, progress: null });
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: queryKeys.applications }),
          queryClient.invalidateQueries({ queryKey: queryKeys.companies }),
        ]);
      } else {
        patch({ phase: "idle", progress: null, check: null, problem: last.type === "error" ? last.message : null });
      }
    } catch (error) {
      patch({ phase: "idle", progress: null, check: null, problem: messageOf(error) });
    }
  }

  return {
    state,
    pick: (file: File) => void pick(file),
    mapColumn,
    chooseStage,
    chooseDateOrder,
    check: () => void check(),
    runImport: () => void runImport(),
    reset: () => setState(INITIAL),
  };
}

export type CsvImport = ReturnType<typeof useCsvImport>;
