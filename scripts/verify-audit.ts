// `npm run audit:verify`: recomputes every workspace's audit hash chain and names the first broken
// link. Exit code 1 when any chain is broken. On the embedded database, stop the console first.
import { verifyChain } from "../lib/audit/verify-chain";
import { openDb } from "./open-db";

const url = process.env.DATABASE_URL || "pglite:./.data/pglite";
const { db, close } = await openDb(url);
let broken = 0;
try {
  const workspaces = await db.workspace.findMany({ select: { id: true, slug: true }, orderBy: { slug: "asc" } });
  for (const w of workspaces) {
    const started = performance.now();
    const report = await verifyChain(db, w.id);
    const ms = Math.round(performance.now() - started);
    if (report.ok)
      console.log(
        `ok      ${w.slug}: ${report.events} events in ${ms} ms${report.droppedThrough ? ` (1 to ${report.droppedThrough} dropped by retention)` : ""}`,
      );
    else {
      broken++;
      console.log(`BROKEN  ${w.slug}: event #${report.broken.seq} (${report.broken.id}) — ${report.broken.why}`);
    }
  }
  if (workspaces.length === 0) console.log("no workspaces yet");
} finally {
  await close();
}
process.exit(broken ? 1 : 0);
