// Starts a shell from Node: it works, inside the same jail.
const { execFileSync } = require("node:child_process");

console.log(execFileSync("/bin/sh", ["-c", "id -u; ls /; ls /etc 2>&1 || true"], { encoding: "utf8" }));
