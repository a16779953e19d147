import { openDriver, connectionFromEnv } from './graph-schema/driver.ts';
const c = connectionFromEnv()!; const d = openDriver(c); const s = d.session();
await s.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS'); await s.close(); await d.close();
