// Prints its own environment and what /proc/1/environ (the sandbox's first process) holds.
const fs = require("node:fs");

let first;
try {
  first = fs.readFileSync("/proc/1/environ", "latin1");
} catch (error) {
  first = error.code;
}
console.log(JSON.stringify({ own: process.env, first }));
