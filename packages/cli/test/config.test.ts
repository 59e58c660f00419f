import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_PORT, isLoopback, resolveConfig } from "../src/config.js";

describe("resolveConfig", () => {
  it("has defaults: port 4870 on 127.0.0.1, data in ~/.loopwise, the embedded database", () => {
    expect(resolveConfig({}, {})).toEqual({
      home: join(homedir(), ".loopwise"),
      dataDir: join(homedir(), ".loopwise", "data"),
      backupsDir: join(homedir(), ".loopwise", "backups"),
      host: "127.0.0.1",
      port: DEFAULT_PORT,
      databaseUrl: undefined,
      open: true,
    });
    expect(DEFAULT_PORT).toBe(4870);
  });

  it("takes the environment over the defaults", () => {
    const config = resolveConfig({}, { PORT: "5000", LOOPWISE_HOME: "/srv/lw", DATABASE_URL: "postgres://db/lw" });
    expect(config).toMatchObject({
      port: 5000,
      home: "/srv/lw",
      dataDir: "/srv/lw/data",
      backupsDir: "/srv/lw/backups",
      databaseUrl: "postgres://db/lw",
    });
  });

  it("takes flags over the environment", () => {
    const config = resolveConfig(
      { port: "6000", home: "/flag/home", host: "::1", open: false },
      { PORT: "5000", LOOPWISE_HOME: "/srv/lw" },
    );
    expect(config).toMatchObject({ port: 6000, home: "/flag/home", host: "::1", open: false });
  });

  it("makes a relative home absolute", () => {
    expect(resolveConfig({}, { LOOPWISE_HOME: "rel/home" }).home).toBe(resolve("rel/home"));
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(resolveConfig({}, { DATABASE_URL: "" }).databaseUrl).toBeUndefined();
  });

  it("accepts port 0 (pick a free one) and 65535", () => {
    expect(resolveConfig({ port: "0" }, {}).port).toBe(0);
    expect(resolveConfig({ port: "65535" }, {}).port).toBe(65535);
  });

  it.each(["abc", "70000", "65536", "-1", "4.5", "80a"])("refuses port %j with a message naming it", (port) => {
    expect(() => resolveConfig({ port }, {})).toThrow(ConfigError);
    expect(() => resolveConfig({ port }, {})).toThrow(`got "${port}"`);
    expect(() => resolveConfig({}, { PORT: port })).toThrow(/--port \/ PORT/);
  });

  it("does not read an empty port as port 0", () => {
    expect(() => resolveConfig({ port: "" }, {})).toThrow(ConfigError);
    // An empty variable is unset, as for DATABASE_URL.
    expect(resolveConfig({}, { PORT: "" }).port).toBe(DEFAULT_PORT);
  });
});

describe("isLoopback", () => {
  it.each(["127.0.0.1", "127.8.9.10", "localhost", "::1"])("%s is loopback", (host) => {
    expect(isLoopback(host)).toBe(true);
  });

  it.each(["0.0.0.0", "192.168.1.2", "::", "example.com", "127.0.0.1.evil.example", "localhost.evil.example"])(
    "%s is not",
    (host) => {
      expect(isLoopback(host)).toBe(false);
    },
  );
});
