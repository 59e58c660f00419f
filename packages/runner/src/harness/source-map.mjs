/**
 * The one thing the Node harness needs from a source map: the user's line for a line and column of
 * the transpiled TypeScript, so errors point at what the user wrote. Decodes esbuild's v3 mappings.
 */

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/** Per generated line (0-based), its segments as [generatedColumn, sourceLine] (both 0-based). */
function parseMappings(mappings) {
  const lines = [];
  let sourceLine = 0;
  for (const text of mappings.split(";")) {
    const segments = [];
    let column = 0;
    for (const segment of text.split(",")) {
      if (segment === "") continue;
      const fields = decodeVlq(segment);
      column += fields[0];
      if (fields.length >= 4) {
        sourceLine += fields[2];
        segments.push([column, sourceLine]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

/** (line, column) 1-based in the generated code → the 1-based source line, when the map knows it. */
export function sourceLineLookup(mapJson) {
  const lines = parseMappings(JSON.parse(mapJson).mappings);
  return (line, column) => {
    for (let index = line - 1; index >= 0; index--) {
      const segments = lines[index] ?? [];
      const before = segments.filter(([start]) => index < line - 1 || start <= column - 1);
      const found = before.at(-1) ?? (index === line - 1 ? segments[0] : undefined);
      if (found !== undefined) return found[1] + 1;
    }
    return undefined;
  };
}
