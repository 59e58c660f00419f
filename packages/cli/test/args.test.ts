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
    expect(parseCommand(["import", "x.json"])).toEqual({ kind: "import", file: "x.json" });
    expect(parseCommand(["restore", "b.json.gz"])).toEqual({ kind: "restore", file: "b.json.gz" });
    expect(parseCommand(["backup"])).toEqual({ kind: "backup" });
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
