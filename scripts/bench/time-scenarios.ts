/**
 * bench:api cases for the time and hardware endpoints (issue 14): trends of one and of three entities (hubs and
 * random ones, by month), hardware of random entities and of every hardware, rising entities over windows of a
 * month and a quarter (the default window is 90 days), and what's new for listings and month windows (with
 * follows). Targets: p95 < 100 ms for trends and hardware (issue 14); rising and what's new read the monthly
 * counts of every entity active in the window (and its candidates' baselines), and what's new the window's papers,
 * so they are held to the 200 ms of the other window-sized answers (depth 2, overview). Year windows are left out,
 * as before the monthly counts, when they passed the explorer's 20 s query limit (README, Benchmarks).
 */
import type { Driver } from 'neo4j-driver';

export interface TimeScenario {
  name: string;
  targetP95: number;
  paths: string[];
}

type Rows = <T>(driver: Driver, database: string, query: string) => Promise<T[]>;

const ENTITY_ID = "[l IN labels(n) WHERE l <> 'Entity'][0] + ':' + n.key AS id";

/** Windows ending on dated listing days spread over the graph's span: a month and a quarter each. */
function windows(days: string[]): string[] {
  const ends = days.filter((_, index) => index % Math.max(1, Math.floor(days.length / 8)) === 0).slice(0, 8);
  return ends.flatMap((end) => {
    const year = Number(end.slice(0, 4));
    const month = Number(end.slice(5, 7));
    const monthStart = `${year}-${String(month).padStart(2, '0')}`;
    const quarterStartMonth = month > 2 ? month - 2 : month + 10;
    const quarterStart = `${month > 2 ? year : year - 1}-${String(quarterStartMonth).padStart(2, '0')}`;
    return [`from=${monthStart}&to=${monthStart}`, `from=${quarterStart}&to=${monthStart}`];
  });
}

async function windowScenarios(driver: Driver, database: string, rows: Rows, follows: string[]): Promise<TimeScenario[]> {
  const listings = await rows<{ key: string; date: string }>(
    driver,
    database,
    "MATCH (l:Listing) WHERE l.date =~ '\\\\d{4}-\\\\d{2}-\\\\d{2}' RETURN l.key AS key, l.date AS date ORDER BY l.date",
  );
  const spread = windows(listings.map((listing) => listing.date));
  const someListings = listings.filter((_, index) => index % Math.max(1, Math.floor(listings.length / 20)) === 0);
  const follow = encodeURIComponent(follows.slice(0, 10).join(','));
  return [
    {
      name: 'rising (month, quarter windows)',
      targetP95: 200,
      paths: ['/api/rising', '/api/rising?types=Method,Dataset', ...spread.map((window) => `/api/rising?${window}`)],
    },
    {
      name: "what's new (listings, windows, follows)",
      targetP95: 200,
      paths: [
        '/api/whats-new',
        `/api/whats-new?follow=${follow}`,
        ...someListings.map((listing) => `/api/whats-new?listing=${encodeURIComponent(listing.key)}&follow=${follow}`),
        ...spread.filter((_, index) => index % 2 === 0).map((window) => `/api/whats-new?${window}`),
      ],
    },
  ];
}

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
    ...(await windowScenarios(
      driver,
      database,
      rows,
      [...hubs.slice(0, 3), ...random.slice(0, 7)].map((row) => row.id),
    )),
  ];
}
