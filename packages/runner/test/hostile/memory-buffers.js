// Allocates memory outside the V8 heap, where --max-old-space-size does not look: RLIMIT_DATA must stop it.
const hoard = [];
try {
  for (;;) hoard.push(Buffer.alloc(16 * 1024 * 1024, 1));
} catch (error) {
  console.log(JSON.stringify({ megabytes: hoard.length * 16, error: error.message }));
}
