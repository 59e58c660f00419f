// Waits without using CPU: only the wall clock can end it.
setTimeout(() => console.log("woke up"), 600_000);
