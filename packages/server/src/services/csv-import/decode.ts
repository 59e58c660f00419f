export type CsvEncoding = "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
  warnings: string[];
}

export const NOT_UTF8_WARNING = "This file is not UTF-8; read it as Windows-1252: check the names below";

/**
 * Windows-1252 differs from Latin-1 only in 0x80-0x9F. Node's TextDecoder reads the label as
 * Latin-1 (0x80 stays U+0080), so the 27 printable characters of that range are mapped here;
 * the five bytes the code page leaves undefined keep their Latin-1 value, as WHATWG says.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d,
  0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d,
  0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    for (const byte of bytes.subarray(start, start + CHUNK)) {
      codes.push(byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : byte);
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join("");
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** UTF-16 without a byte-order mark: ASCII text leaves every other byte zero. */
function guessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 1024);
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return "utf-16le";
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return "utf-16be";
  return undefined;
}

/**
 * The text of an uploaded file: a byte-order mark names the encoding (and is dropped); otherwise
 * UTF-8 when the bytes are valid UTF-8, else Windows-1252, what Excel writes on Windows.
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes.subarray(2), "utf-16le");
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes.subarray(2), "utf-16be");
  const wide = guessUtf16(bytes);
  if (wide) return utf16(bytes, wide);
  try {
    return utf8(bytes);
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252", warnings: [NOT_UTF8_WARNING] };
  }
}

function utf8(bytes: Uint8Array): DecodedCsv {
  return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", warnings: [] };
}

function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): DecodedCsv {
  return { text: new TextDecoder(encoding).decode(bytes), encoding, warnings: [] };
}
