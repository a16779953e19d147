/**
 * bench:api cases for the time and hardware endpoints (issue 14): trends of one and of three entities (hubs and
 * random ones, by month), and hardware of random entities and of every hardware. Targets: p95 < 100 ms each.
 */
import type { Driver } from 'neo4j-driver';

export interface TimeScenario {
  name: string;
  targetP95: number;
  paths: string[];
}

type Rows = <T>(driver: Driver, database: string, query: string) => Promise<T[]>;

const ENTITY_ID = "[l IN labels(n) WHERE l <> 'Entity'][0] + ':' + n.key AS id";

export async function timeScenarios(driver: Driver, database: string, rows: Rows): Promise<TimeScenario[]> {
  const hubs = await rows<{ id: string }>(driver, database, `MATCH (n:Entity) RETURN ${ENTITY_ID} ORDER BY n.paperCount DESC LIMIT 20`);
  const random = await rows<{ id: string }>(
    driver,
    database,
    `MATCH (n:Entity) WHERE n.paperCount >= 2 WITH n ORDER BY rand() LIMIT 180 RETURN ${ENTITY_ID}`,
  );
  const hardware = await rows<{ id: string }>(
    driver,
    database,
    `MATCH (n:Hardware) RETURN ${ENTITY_ID} ORDER BY n.paperCount DESC LIMIT 60`,
  );
  const ids = [...hubs, ...random].map((row) => row.id);
  const trio = (index: number) => [ids[index], ids[(index + 7) % ids.length], ids[(index + 31) % ids.length]].join(',');
  return [
    {
      name: 'trends (1 and 3 entities, by month)',
      targetP95: 100,
      paths: ids.flatMap((id, index) => [
        `/api/trends?ids=${encodeURIComponent(id)}&bucket=month`,
        ...(index % 4 === 0 ? [`/api/trends?ids=${encodeURIComponent(trio(index))}&bucket=month`] : []),
      ]),
    },
    {
      name: 'hardware (of entities, of hardware)',
      targetP95: 100,
      paths: [...random.map((row) => row.id), ...hardware.map((row) => row.id)].map((id) => `/api/hardware?of=${encodeURIComponent(id)}`),
    },
  ];
}
