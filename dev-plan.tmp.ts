import { openDriver, connectionFromEnv } from './graph-schema/driver.ts';
import { CREATE_MENTIONS, MERGE_ENTITIES, CREATE_ABOUTS } from './ingest/load/cypher.ts';
const conn = connectionFromEnv()!;
const driver = openDriver(conn);
const s = driver.session({ database: conn.database });
const tx = s.beginTransaction();
const rows = (await tx.run('MATCH (p:Paper)-[:USES]->(e:Method) RETURN p.key AS paperKey, e.key AS entityKey LIMIT 500')).records.map(r => ({ paperKey: r.get('paperKey'), entityKey: r.get('entityKey'), evidenceFields: ['abstract'], evidenceStarts: [1], evidenceEnds: [2], surfaces: ['x'], count: null }));
const t = Date.now();
const res = await tx.run('PROFILE ' + CREATE_MENTIONS.USES, { rows });
console.log(Date.now() - t);
function show(p: any, d = 0) { console.log(' '.repeat(d) + p.operatorType, p.dbHits, p.rows, JSON.stringify(p.arguments.Details ?? '')); for (const c of p.children) show(c, d + 2); }
show(res.summary.profile);
const erows = (await tx.run('MATCH (e:Method) RETURN e.key AS key, e.name AS name, e.aliases AS aliases LIMIT 500')).records.map(r => ({ key: r.get('key'), name: r.get('name'), aliases: [...r.get('aliases'), 'zzz'] }));
const t2 = Date.now();
const res2 = await tx.run('PROFILE ' + MERGE_ENTITIES.Method, { rows: erows });
console.log(Date.now() - t2);
show(res2.summary.profile);
await tx.rollback(); await s.close(); await driver.close();
