// Writes to stdout without end, each write as soon as the last one is flushed. (A plain
// `for (;;) process.stdout.write(...)` never yields: Node queues its writes in memory and the
// CPU limit ends it first.)
const line = "flooding the standard output ".repeat(4) + "\n";
const flood = () => process.stdout.write(line.repeat(64), flood);
flood();
