import { openDriver, connectionFromEnv } from './graph-schema/driver.ts';
const c = connectionFromEnv()!; const d = openDriver(c);
for (const q of process.argv.slice(2)) { const r = await d.executeQuery(q, {}, { database: c.database }); for (const rec of r.records) console.log(JSON.stringify(rec.toObject()).slice(0, 400)); }
await d.close();
