import { format } from "date-fns";
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { DATE_FORMATS, detectDateOrder, parseDate } from "../src/services/csv-import/dates.js";
import { decodeCsv, NOT_UTF8_WARNING } from "../src/services/csv-import/decode.js";
import { detectFormat, suggestMapping } from "../src/services/csv-import/detect-format.js";
import { readCsv } from "../src/services/csv-import/read-csv.js";
import { parseAmount, parseSalary } from "../src/services/csv-import/salary.js";
import { stageForStatus } from "../src/services/csv-import/statuses.js";

/** Calendar dates where two-digit years are unambiguous (1950-2049), at noon so no zone shifts a day. */
const dates = fc
  .date({ min: new Date(1950, 0, 1), max: new Date(2049, 11, 31), noInvalidDate: true })
  .map((d) => new Date(d.getFullYear(), d.getMonth(), d.getDate(), 12));

describe("dates", () => {
  it.each(DATE_FORMATS.map((f) => [f.pattern, f.order ?? "mdy"] as const))(
    "a date written as %s reads back as the same day",
    (pattern, order) => {
      fc.assert(
        fc.property(dates, (date) => {
          expect(parseDate(format(date, pattern), order)).toBe(format(date, "yyyy-MM-dd"));
        }),
      );
    },
  );

  it("a column with a day above 12 first is day-first; one with it second is month-first", () => {
    fc.assert(
      fc.property(fc.array(dates, { minLength: 1, maxLength: 30 }), (days) => {
        const dayFirst = days.map((d) => format(d, "d/M/yyyy"));
        const evident = days.some((d) => d.getDate() > 12 && d.getDate() !== d.getMonth() + 1);
        const detected = detectDateOrder(dayFirst);
        if (evident) expect(detected).toMatchObject({ order: "dmy", evident: true });
        const monthFirst = detectDateOrder(days.map((d) => format(d, "M/d/yyyy")));
        if (evident) expect(monthFirst).toMatchObject({ order: "mdy", evident: true });
        // Read in the detected order, every value is the day it was.
        for (const [i, d] of days.entries()) {
          if (evident) expect(parseDate(dayFirst[i]!, detected.order)).toBe(format(d, "yyyy-MM-dd"));
        }
      }),
    );
  });

  it("a column that never tells is month-first, not evident, unless the user says otherwise", () => {
    expect(detectDateOrder(["03/04/2025", "1/2/2024", "2025-01-05", ""])).toEqual({
      order: "mdy",
      evident: false,
      numeric: 2,
    });
    expect(detectDateOrder(["03/04/2025"], "dmy")).toEqual({ order: "dmy", evident: false, numeric: 1 });
    expect(detectDateOrder(["03/04/2025", "13/04/2025", "04/13/2025"])).toMatchObject({ order: "dmy", evident: true });
  });

  it.each([
    ["2/30/2025", "mdy"],
    ["31/04/2025", "dmy"],
    ["2025-02-29", "mdy"],
    ["2025-00-10", "mdy"],
    ["13/13/2025", "dmy"],
    ["Febtember 3, 2025", "mdy"],
    ["yesterday", "mdy"],
    ["2025", "mdy"],
    ["1/5", "mdy"],
  ] as const)("%s is not a date", (text, order) => {
    expect(parseDate(text, order)).toBeUndefined();
  });

  it.each([
    ["2024-02-29", "2024-02-29"],
    ["2025-01-05T23:30:00-08:00", "2025-01-05"],
    ["Jan. 5th, 2025", "2025-01-05"],
    ["Sept 3, 2024", "2024-09-03"],
    ["5-Jan-25", "2025-01-05"],
    ["14.02.2025", "2025-02-14"],
    ["  5 January 2025  ", "2025-01-05"],
  ])("%s is %s", (text, iso) => {
    expect(parseDate(text, "mdy")).toBe(iso);
  });
});

describe("salaries", () => {
  const range = fc
    .tuple(fc.integer({ min: 1, max: 2_000_000 }), fc.integer({ min: 1, max: 2_000_000 }))
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);

  it("a range written with dollars and thousands separators reads back", () => {
    fc.assert(
      fc.property(range, ([low, high]) => {
        const text = `$${low.toLocaleString("en-US")} - $${high.toLocaleString("en-US")}`;
        expect(parseSalary(text)).toEqual({ ok: true, salary: { min: low, max: high, currency: "USD" } });
      }),
    );
  });

  it("a European range with dot groups and a trailing euro sign reads back", () => {
    fc.assert(
      fc.property(range, ([low, high]) => {
        const text = `${low.toLocaleString("de-DE")} – ${high.toLocaleString("de-DE")} €`;
        expect(parseSalary(text)).toEqual({ ok: true, salary: { min: low, max: high, currency: "EUR" } });
      }),
    );
  });

  it("thousands written with k read back, the suffix of the upper end serving both", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 500 }), (k, more) => {
        const expected = { ok: true, salary: { min: k * 1000, max: (k + more) * 1000, currency: null } };
        expect(parseSalary(`${k}k-${k + more}k`)).toEqual(expected);
        expect(parseSalary(`${k}-${k + more}k`)).toEqual(expected);
      }),
    );
  });

  it("one amount with a currency code is both ends", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom("EUR", "GBP", "CHF", "jpy"), (n, code) => {
        expect(parseSalary(`${n} ${code}`)).toEqual({
          ok: true,
          salary: { min: n, max: n, currency: code.toUpperCase() },
        });
      }),
    );
  });

  it("a range that runs backwards is refused", () => {
    fc.assert(
      fc.property(range, ([low, high]) => {
        fc.pre(low < high);
        expect(parseSalary(`${high} - ${low}`)).toEqual({ ok: false, reason: "runs from a higher to a lower amount" });
      }),
    );
  });

  it.each([
    ["$150k-$180k", { min: 150000, max: 180000, currency: "USD" }],
    ["150,000", { min: 150000, max: 150000, currency: null }],
    ["120000 EUR", { min: 120000, max: 120000, currency: "EUR" }],
    ["CA$90k", { min: 90000, max: 90000, currency: "CAD" }],
    ["up to 200k", { min: null, max: 200000, currency: null }],
    ["150k+", { min: 150000, max: null, currency: null }],
    ["$120k - 140k USD per year", { min: 120000, max: 140000, currency: "USD" }],
    ["£55,000 p.a.", { min: 55000, max: 55000, currency: "GBP" }],
  ])("%s", (text, salary) => {
    expect(parseSalary(text)).toEqual({ ok: true, salary });
  });

  it.each([
    ["£45/hr", "is not a yearly amount"],
    ["$8,000 per month", "is not a yearly amount"],
    ["competitive", "is not an amount or a range"],
    ["DOE", "is not an amount or a range"],
    ["100k EUR - 120k USD", "names more than one currency"],
    ["1-2-3", "is not an amount or a range"],
  ])("%s is refused: %s", (text, reason) => {
    expect(parseSalary(text)).toEqual({ ok: false, reason });
  });

  it("reads one separator used once as thousands only with three digits after it", () => {
    expect(parseAmount("1,500")?.value).toBe(1500);
    expect(parseAmount("1.500")?.value).toBe(1500);
    expect(parseAmount("1.5k")?.value).toBe(1500);
    expect(parseAmount("1,5k")?.value).toBe(1500);
    expect(parseAmount("1.234.567")?.value).toBe(1234567);
    expect(parseAmount("1,234.56")?.value).toBe(1235);
    expect(parseAmount("1.234,56")?.value).toBe(1235);
    expect(parseAmount("150 000")?.value).toBe(150000);
    expect(parseAmount("12abc")).toBeUndefined();
    expect(parseSalary("   ")).toBeUndefined();
  });
});

describe("decoding", () => {
  it("drops a UTF-8 byte-order mark", () => {
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ text: "A", encoding: "utf-8", warnings: [] });
  });

  it("reads bytes that are not UTF-8 as Windows-1252, its 0x80-0x9F range included, and warns", () => {
    const bytes = new Uint8Array([0x80, 0x20, 0x93, 0x48, 0x94, 0x20, 0x96, 0x20, 0x9f, 0x20, 0xe9, 0x20, 0x81]);
    expect(decodeCsv(bytes)).toEqual({
      text: "€ “H” – Ÿ é \u0081",
      encoding: "windows-1252",
      warnings: [NOT_UTF8_WARNING],
    });
  });

  it("reads UTF-16 by its byte-order mark, and without one by its zero bytes", () => {
    const text = "Company,Role\nZoë,Engineer\n";
    const le = new Uint8Array(Buffer.from(text, "utf16le"));
    const be = le.slice();
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    expect(decodeCsv(new Uint8Array([0xfe, 0xff, ...be]))).toMatchObject({ text, encoding: "utf-16be" });
    expect(decodeCsv(new Uint8Array([0xff, 0xfe, ...le]))).toMatchObject({ text, encoding: "utf-16le" });
    expect(decodeCsv(le)).toMatchObject({ text, encoding: "utf-16le" });
  });
});

describe("reading CSV", () => {
  const cell = fc.stringMatching(/^[a-zA-Z0-9 ,;"\n\r\u00e9\u00fc-]{0,12}$/);

  it("numbers each record by the physical line it starts on, whatever its cells hold", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 20 }),
        fc.constantFrom("\n", "\r\n"),
        (rows, newline) => {
          const records = rows.map((cells) => [`r${cells[0]}`, cells[1], cells[2]]);
          const text = Papa.unparse({ fields: ["a", "b", "c"], data: records }, { newline, quotes: true });
          const table = readCsv(text);
          let line = 2;
          const expected = records.map((cells) => {
            const start = line;
            line += 1 + cells.reduce((sum, c) => sum + c.split(/\r\n|\r|\n/).length - 1, 0);
            return start;
          });
          expect(table.records.map((r) => r.line)).toEqual(expected);
          expect(table.records.map((r) => r.cells)).toEqual(records);
        },
      ),
    );
  });

  it("skips blank lines but keeps counting them", () => {
    const table = readCsv('a,b\n\n1,"x\ny"\n   \n2,z\n');
    expect(table.records).toEqual([
      { line: 3, cells: ["1", "x\ny"] },
      { line: 6, cells: ["2", "z"] },
    ]);
  });

  it("guesses comma, semicolon or tab, and makes header names unique and never blank", () => {
    expect(readCsv("a;b;c\n1;2;3\n").delimiter).toBe(";");
    expect(readCsv("a\tb\n1\t2\n").delimiter).toBe("\t");
    expect(readCsv("Notes,,notes, Notes \n1,2,3,4\n").headers).toEqual(["Notes", "Column 2", "notes (2)", "Notes (3)"]);
  });
});

describe("formats, mappings and statuses", () => {
  it("tells Huntr, Teal and plain spreadsheets apart by their headers", () => {
    expect(detectFormat(["Company", "Job Title", "List", "URL"])).toBe("huntr");
    expect(detectFormat(["Job Position", "Company", "Status", "Excitement"])).toBe("teal");
    expect(detectFormat(["Company", "Role", "Status"])).toBe("spreadsheet");
    expect(detectFormat(["Title", "List"])).toBe("huntr");
  });

  it("maps wordings of spreadsheets, never a company's website to its name, each field once", () => {
    expect(
      suggestMapping(
        [
          "Employer",
          "Company Website",
          "Job Title",
          "Position",
          "Applied On",
          "Comp",
          "Comments",
          "Description",
          "Misc",
        ],
        "spreadsheet",
      ),
    ).toEqual({
      Employer: "companyName",
      "Company Website": "ignore",
      "Job Title": "roleTitle",
      Position: "ignore",
      "Applied On": "appliedOn",
      Comp: "salary",
      Comments: "notes",
      Description: "notes",
      Misc: "ignore",
    });
    expect(suggestMapping(["Company Name (legal)", "Role Title", "constructor"], "spreadsheet")).toEqual({
      "Company Name (legal)": "companyName",
      "Role Title": "roleTitle",
      constructor: "ignore",
    });
  });

  it.each([
    ["Wishlist", "interested"],
    ["BOOKMARKED", "interested"],
    ["Applying", "interested"],
    ["applied", "applied"],
    ["Interview", "recruiter_screen"],
    ["Interviewing", "recruiter_screen"],
    ["Phone Screen", "recruiter_screen"],
    ["Technical interview", "technical_screen"],
    ["On-site", "onsite"],
    ["Negotiating", "offer"],
    ["Offer received", "offer"],
    ["Accepted", "accepted"],
    ["Not Selected", "rejected"],
    ["Rejected", "rejected"],
    ["I Withdrew", "withdrawn"],
    ["Withdrawn", "withdrawn"],
    ["Ghosted", "no_response"],
    ["No Response", "no_response"],
    ["recruiter_screen", "recruiter_screen"],
    ["No response", "no_response"],
  ])("the status %s is the stage %s", (status, stage) => {
    expect(stageForStatus(status)).toBe(stage);
  });

  it("an unknown status is no stage, unless the user chose one for it", () => {
    expect(stageForStatus("Declined")).toBeUndefined();
    expect(stageForStatus("  declined ", new Map([["declined", "withdrawn"]]))).toBe("withdrawn");
  });
});
