/**
 * Keeping the derived structure (derived-properties.ts) current after an ingest: a full rebuild on a first load,
 * an old graph or when most entities changed; otherwise an incremental update of only the entities the written
 * papers touched (a day's papers into a large graph). Both give the same graph.
 *
 * Every step runs as CALL { ... } IN TRANSACTIONS so memory stays bounded at 1M papers; those need auto-commit
 * transactions, so connection losses are retried here rather than by executeWrite. The pending marks are
 * cleared last, so an interrupted derive is redone by the next run.
 */
import type { Driver, EagerResult } from 'neo4j-driver';
import { MID_RUN_BACKOFF_MS, withBackoff } from './retry.ts';
import { CLEAR_PENDING, DERIVED_STEPS, type DeriveScope } from './derived-properties.ts';
import { PENDING_PROPERTY } from './pending.ts';

export { CO_OCCURRENCE_PARTNERS } from './derived-properties.ts';

/**
 * Each step commits in small inner transactions, but the outer statement lives as long as the whole step: on a
 * large graph that can pass the server's default transaction timeout (120 s for the managed Neo4j).
 */
const DERIVE_TIMEOUT_MS = 60 * 60_000;

/** Beyond this share of entities pending, a full rebuild is cheaper than finding what to keep. */
const INCREMENTAL_MAX_SHARE = 0.5;

export type DeriveMode = 'auto' | 'full' | 'incremental';

/**
 * True when some entity lacks its partner list or its monthly counts and is not pending: the graph was derived by
 * an older papergraph.
 */
export async function derivedStructureIsStale(driver: Driver, database: string): Promise<boolean> {
  const { records } = await driver.executeQuery<EagerResult<{ stale: boolean }>>(
    `RETURN EXISTS { MATCH (e:Entity) WHERE (e.coPartners IS NULL OR e.coPartnerWeights IS NULL OR e.undatedPapers IS NULL) AND e.${PENDING_PROPERTY} IS NULL } AS stale`,
    {},
    { database, routing: 'READ' },
  );
  return records[0].get('stale');
}

export interface DeriveTimings {
  scope: DeriveScope;
  /** Entities the derive ran over (all of them, or the pending ones). */
  entities: number;
  entityStatsMs: number;
  /** Every step after the entity stats and orphans: the monthly paper counts, then the co-occurrences. */
  coOccurrenceMs: number;
  coOccurrences: number;
}

interface EntityCounts {
  pending: number;
  all: number;
  links: number;
}

async function entityCounts(driver: Driver, database: string): Promise<EntityCounts> {
  const { records } = await driver.executeQuery<EagerResult<{ pending: number; entities: number; links: number }>>(
    `RETURN COUNT { MATCH (e:Entity) WHERE e.${PENDING_PROPERTY} = true } AS pending, COUNT { MATCH (e:Entity) } AS entities,
            COUNT { ()-[:CO_OCCURS]->() } AS links`,
    {},
    { database, routing: 'READ' },
  );
  const record = records[0];
  return { pending: record.get('pending'), all: record.get('entities'), links: record.get('links') };
}

/** Whether anything is marked for derivation (a run wrote papers, maybe without finishing). */
export async function derivePending(driver: Driver, database: string): Promise<boolean> {
  return (await entityCounts(driver, database)).pending > 0;
}

async function chooseScope(driver: Driver, database: string, mode: DeriveMode, counts: EntityCounts): Promise<DeriveScope> {
  if (mode !== 'auto') return mode === 'full' ? 'all' : 'pending';
  if (counts.links === 0 || counts.pending > counts.all * INCREMENTAL_MAX_SHARE) return 'all';
  return (await derivedStructureIsStale(driver, database)) ? 'all' : 'pending';
}

export async function deriveStructure(
  driver: Driver,
  database: string,
  log: (line: string) => void = () => {},
  mode: DeriveMode = 'auto',
): Promise<DeriveTimings> {
  const run = (query: string) =>
    withBackoff(
      async () => {
        const session = driver.session({ database });
        try {
          await session.run(query, {}, { timeout: DERIVE_TIMEOUT_MS });
        } finally {
          await session.close();
        }
      },
      {
        delaysMs: MID_RUN_BACKOFF_MS,
        onRetry: (_error, attempt, delay) => log(`derive: Neo4j connection lost, retry ${attempt} in ${delay / 1000} s`),
      },
    );
  const counts = await entityCounts(driver, database);
  const scope = await chooseScope(driver, database, mode, counts);
  const entities = scope === 'all' ? counts.all : counts.pending;
  log(
    `derive: ${scope === 'all' ? `full rebuild over ${entities} entities` : `incremental, ${entities} of ${counts.all} entities touched`}`,
  );
  const started = Date.now();
  let statsDone = started;
  for (const step of DERIVED_STEPS) {
    await run(step.statement(scope));
    if (step.name === 'orphaned entities') statsDone = Date.now();
  }
  await run(CLEAR_PENDING);
  const links = await driver.executeQuery<EagerResult<{ n: number }>>('MATCH ()-[r:CO_OCCURS]->() RETURN count(r) AS n', {}, { database });
  return {
    scope,
    entities,
    entityStatsMs: statsDone - started,
    coOccurrenceMs: Date.now() - statsDone,
    coOccurrences: links.records[0].get('n'),
  };
}
