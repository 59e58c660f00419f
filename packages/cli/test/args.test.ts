import { describe, expect, it } from "vitest";
import { parseCommand, UsageError } from "../src/args.js";

describe("parseCommand", () => {
  it("starts by default, opening the browser", () => {
    expect(parseCommand([])).toEqual({ kind: "start", serve: false, port: undefined, host: undefined, open: true });
    expect(parseCommand(["start"])).toEqual(parseCommand([]));
  });

  it("serve starts without opening a browser", () => {
    expect(parseCommand(["serve"])).toMatchObject({ kind: "start", serve: true, open: false });
    expect(parseCommand(["serve", "--open"])).toMatchObject({ open: false });
  });

  it.each([["--help"], ["-h"], ["start", "--help"], ["--help", "--port", "1"]])("%s asks for help", (...argv) => {
    expect(parseCommand(argv)).toEqual({ kind: "help" });
  });

  it.each([["--version"], ["-v"]])("%s asks for the version", (flag) => {
    expect(parseCommand([flag])).toEqual({ kind: "version" });
  });

  it("reads --port, -p, --port=, --host and --no-open", () => {
    expect(parseCommand(["--port", "5000"])).toMatchObject({ port: "5000" });
    expect(parseCommand(["-p", "5001"])).toMatchObject({ port: "5001" });
    expect(parseCommand(["--port=5002"])).toMatchObject({ port: "5002" });
    expect(parseCommand(["--host", "::1"])).toMatchObject({ host: "::1" });
    expect(parseCommand(["--no-open"])).toMatchObject({ open: false });
    expect(parseCommand(["start", "--no-open", "--port", "0"])).toMatchObject({
      kind: "start",
      open: false,
      port: "0",
    });
  });

  it.each([
    [["bogus"], /Unknown command: bogus/],
    [["start", "extra"], /Unexpected argument: extra/],
    [["--nope"], /nope/],
    [["--port"], /port/],
  ])("refuses %j with a UsageError", (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
    expect(() => parseCommand(argv)).toThrow(message);
  });

  it("reads export with its defaults: everything as JSON, into a dated file", () => {
    expect(parseCommand(["export"])).toEqual({
      kind: "export",
      format: "json",
      what: "applications",
      out: undefined,
      force: false,
    });
    expect(parseCommand(["export", "--format", "csv", "--what", "contacts", "-o", "c.csv", "-f"])).toEqual({
      kind: "export",
      format: "csv",
      what: "contacts",
      out: "c.csv",
      force: true,
    });
    expect(parseCommand(["export", "--format=vcard", "--out", "-"])).toMatchObject({
      format: "vcard",
      what: "contacts",
      out: "-",
    });
  });

  it("reads import, restore and backup", () => {
    expect(parseCommand(["import", "x.json"])).toEqual({
      kind: "import",
      file: "x.json",
      dryRun: false,
      dateOrder: undefined,
      statuses: {},
    });
    expect(parseCommand(["restore", "b.json.gz"])).toEqual({ kind: "restore", file: "b.json.gz" });
    expect(parseCommand(["backup"])).toEqual({ kind: "backup" });
  });

  it("reads import's CSV options: --dry-run, --date-order and repeated --status", () => {
    expect(
      parseCommand([
        "import",
        "apps.csv",
        "--dry-run",
        "--date-order",
        "dmy",
        "--status",
        "Phone call=recruiter_screen",
        "--status=Ghosted = no_response",
        "--status",
        "a=b=applied",
      ]),
    ).toEqual({
      kind: "import",
      file: "apps.csv",
      dryRun: true,
      dateOrder: "dmy",
      statuses: { "Phone call": "recruiter_screen", Ghosted: "no_response", "a=b": "applied" },
    });
    expect(parseCommand(["import", "--date-order=mdy", "apps.csv"])).toMatchObject({ dateOrder: "mdy" });
    // A status is data, never a property of the object that carries it.
    const odd = parseCommand(["import", "a.csv", "--status", "__proto__=applied"]) as { statuses: object };
    expect(Object.entries(odd.statuses)).toEqual([["__proto__", "applied"]]);
    // The same status twice with the same stage is no contradiction.
    expect(parseCommand(["import", "a.csv", "--status", "X=offer", "--status", "X=offer"])).toMatchObject({
      statuses: { X: "offer" },
    });
  });

  it.each([
    [
      ["import", "a.csv", "--date-order", "ymd"],
      /--date-order must be mdy \(month first\) or dmy \(day first\): got "ymd"/,
    ],
    [["import", "a.csv", "--date-order"], /date-order/],
    [["import", "a.csv", "--status", "Phone call"], /--status must be STATUS=STAGE.*got "Phone call"/],
    [["import", "a.csv", "--status", "=applied"], /--status must be STATUS=STAGE/],
    [["import", "a.csv", "--status", "Phone call=phone_screen"], /the stage must be one of interested, applied,/],
    [["import", "a.csv", "--status", "X=offer", "--status", "X=rejected"], /gives "X" two stages: offer and rejected/],
    [["import", "a.csv", "--dry-run=yes"], /dry-run/],
    [["restore", "b.json", "--dry-run"], /--dry-run is not an option of restore/],
    [["export", "--status", "a=applied"], /--status is not an option of export/],
  ])("refuses import option %j", (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
    expect(() => parseCommand(argv)).toThrow(message);
  });

  it.each([
    [["export", "--format", "xml"], /--format must be json, csv or vcard: got "xml"/],
    [["export", "--what", "contacts"], /--what is for --format csv/],
    [["export", "--format", "csv", "--what", "tasks"], /--what must be applications or contacts/],
    [["export", "--format", "vcard", "--what", "applications"], /vcard exports contacts only/],
    [["export", "--out", ""], /--out needs a file name/],
    [["export", "--port", "1"], /--port is not an option of export/],
    [["start", "--force"], /--force is not an option of start/],
    [["import"], /import needs a file: loopwise import FILE/],
    [["restore"], /restore needs a file/],
    [["import", "a.json", "b.json"], /Unexpected argument: b\.json/],
    [["backup", "now"], /Unexpected argument: now/],
    [["backup", "--out", "x"], /--out is not an option of backup/],
  ])("refuses %j", (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
    expect(() => parseCommand(argv)).toThrow(message);
  });
});
