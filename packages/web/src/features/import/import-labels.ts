import type { CsvPreview } from "../../api/csv-import";

export const ENCODING_LABELS: Record<CsvPreview["encoding"], string> = {
  "utf-8": "UTF-8",
  "windows-1252": "Windows-1252",
  "utf-16le": "UTF-16",
  "utf-16be": "UTF-16 (big-endian)",
};

export const DELIMITER_LABELS: Record<CsvPreview["delimiter"], string> = {
  ",": "comma separated",
  ";": "semicolon separated",
  "\t": "tab separated",
};

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}
