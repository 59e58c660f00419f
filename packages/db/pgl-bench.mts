import { openPglite } from "@loopwise/db";
import { PGlite } from "@electric-sql/pglite";
let t = performance.now();
const h = await openPglite({ migrate: true });
console.log("fresh+migrate", performance.now() - t);
t = performance.now();
const dump = await h.client.dumpDataDir("none");
console.log("dump", performance.now() - t, dump.size);
for (let i = 0; i < 3; i++) {
  t = performance.now();
  const c = await openPglite({ loadDataDir: dump, migrate: false });
  console.log("load", performance.now() - t);
  t = performance.now();
  await c.rawQuery("select count(*) from users");
  console.log("q", performance.now() - t);
  await c.close();
}
t = performance.now();
await h.rawQuery("truncate users, companies, applications, stage_history cascade");
console.log("truncate", performance.now() - t);
t = performance.now();
await h.rawQuery("truncate users, companies, applications, stage_history restart identity cascade");
console.log("truncate2", performance.now() - t);
t = performance.now();
await h.rawQuery("delete from users");
console.log("delete", performance.now() - t);
