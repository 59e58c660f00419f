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
});
