// Starts worker threads until the process limit refuses one.
const { Worker } = require("node:worker_threads");

let started = 0;
const report = (error) => {
  console.log(JSON.stringify({ started, error: String(error?.message ?? error) }));
  process.exit(0);
};
const spawnNext = () => {
  if (started >= 200) return console.log(JSON.stringify({ started }));
  let worker;
  try {
    worker = new Worker("setInterval(() => {}, 1000)", { eval: true });
  } catch (error) {
    return report(error);
  }
  worker.on("online", () => {
    started += 1;
    spawnNext();
  });
  worker.on("error", report);
};
spawnNext();
