import Papa from "papaparse";

export type Delimiter = "," | ";" | "\t";

export interface CsvRecord {
  /** The physical line the record starts on; the header is line 1 in a file that starts with it. */
  line: number;
  cells: string[];
}

export interface CsvProblem {
  line: number;
  message: string;
}

export interface CsvTable {
  delimiter: Delimiter;
  headers: string[];
  headerLine: number;
  records: CsvRecord[];
  problems: CsvProblem[];
}

/** Line breaks as a spreadsheet counts them: CRLF, LF or a lone CR. */
function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) n++;
    else if (ch === 13 && text.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

function contentEnd(text: string, cursor: number): number {
  let end = cursor;
  if (text.charCodeAt(end - 1) === 10) end--;
  if (text.charCodeAt(end - 1) === 13) end--;
  return end;
}

/** Header names made unique and never blank, so a mapping can name every column. */
export function uniqueHeaders(raw: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((cell, i) => {
    const base = cell.replace(/\s+/g, " ").trim() || `Column ${i + 1}`;
    const count = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/**
 * Parses CSV text with papaparse (quoted commas and line breaks, delimiter guessed among comma,
 * semicolon and tab) and numbers every record by the physical line it starts on, so an error
 * names the line a spreadsheet shows even after a cell that spans several lines.
 */
export function readCsv(text: string): CsvTable {
  const rows: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let scanned = 0;
  let breaksBefore = 0;
  let delimiter: Delimiter = ",";
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: "greedy",
    delimitersToGuess: [",", ";", "\t"],
    step: (result) => {
      const cells = result.data;
      const end = contentEnd(text, result.meta.cursor);
      breaksBefore += countBreaks(text, scanned, end);
      scanned = end;
      const unclosed = result.errors.some((error) => error.code === "MissingQuotes");
      // An unclosed quote runs to the end of the text, taking the final line break into its cell.
      const beyond = unclosed ? countBreaks(text, end, result.meta.cursor) : 0;
      const inside = cells.reduce((sum, cell) => sum + countBreaks(cell, 0, cell.length), 0) - beyond;
      const line = 1 + breaksBefore - inside;
      delimiter = result.meta.delimiter as Delimiter;
      rows.push({ line, cells });
      if (unclosed) problems.push({ line, message: "A quoted cell starts here and is never closed" });
    },
  });
  const [header, ...records] = rows;
  return {
    delimiter,
    headers: header ? uniqueHeaders(header.cells) : [],
    headerLine: header?.line ?? 1,
    records,
    problems,
  };
}
