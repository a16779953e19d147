import { openDriver, connectionFromEnv } from './graph-schema/driver.ts';
import { applySchema } from './graph-schema/apply.ts';
import { syntheticPapers } from './scripts/bench/synthetic/papers.ts';
import { PaperWriter } from './ingest/load/writer.ts';
import { deriveStructure } from './ingest/load/derive.ts';
import { emptyTally, mergeTally, totalRelationshipsCreated } from './ingest/load/tally.ts';
const conn = connectionFromEnv()!;
const driver = openDriver(conn);
const N = Number(process.argv[2] ?? 5000);
await driver.executeQuery('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS', {}, { database: conn.database }).catch(async () => { const s = driver.session(); await s.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS'); await s.close(); });
await applySchema(driver, conn.database);
const writer = new PaperWriter(driver, conn.database, { force: false, extractorVersion: 'v1' });
const tally = emptyTally();
let batch = [] as any[]; const t = Date.now(); let n = 0; let wt = 0;
for (const p of syntheticPapers({ count: N })) {
  batch.push(p);
  if (batch.length === 500) { const s = Date.now(); const o = await writer.writeBatch(batch); wt += Date.now() - s; mergeTally(tally, o.tally); batch = []; n += 500; }
}
if (batch.length) { const o = await writer.writeBatch(batch); mergeTally(tally, o.tally); }
const ms = Date.now() - t;
console.log({ ms, wt, papersPerS: N / ms * 1000, relsPerS: totalRelationshipsCreated(tally) / ms * 1000 }, tally);
const d = Date.now();
console.log(await deriveStructure(driver, conn.database, console.log), Date.now() - d);
for (const [k,v] of [...(await import("./ingest/load/writer.ts")).PROFILE].sort((a,b)=>b[1]-a[1])) console.log(v, k.replace(/\s+/g," ").slice(0,80));
const o = await writer.writeBatch([...syntheticPapers({ count: 500 })]);
console.log(o);
await driver.close();
