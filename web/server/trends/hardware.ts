/** GET /api/hardware?of=LABEL:KEY: an entity's hardware with counts, or what runs on a Hardware node. */
import type { HardwareResponse, HardwareUsageDTO, RunsOnHardwareDTO } from '../../shared/trends-api.ts';
import type { GraphDatabase } from '../database.ts';
import { int } from '../database.ts';
import { notFound } from '../errors.ts';
import { GraphCache } from '../graph-cache.ts';
import { entityRefFromRow, type EntityRefRow } from '../queries/entity-ref.ts';
import {
  ENTITY_OF,
  HARDWARE_ITSELF,
  HARDWARE_OF_ENTITY,
  RUNS_ON_HARDWARE,
  RUNS_ON_HUB,
  type HardwareUsageRow,
  type RunsOnRow,
} from '../queries/hardware.ts';
import { parseEntityIds, type HardwareQuery } from './schemas.ts';

/** Above this many papers a hardware's "what runs on it" is read from its co-occurrence links (see RUNS_ON_HUB). */
export const HUB_PAPERS = 2_000;

function usage(row: HardwareUsageRow): HardwareUsageDTO {
  return {
    hardware: entityRefFromRow(row.hardware),
    papers: row.papers,
    maxUnits: row.maxUnits ?? null,
    papersWithUnits: row.papersWithUnits,
  };
}

async function runsOn(db: GraphDatabase, params: Record<string, unknown>, hub: boolean): Promise<NonNullable<HardwareResponse['runs']>> {
  const statement = hub ? RUNS_ON_HUB : RUNS_ON_HARDWARE;
  const [methods, datasets, tasks] = await Promise.all(
    (['Method', 'Dataset', 'Task'] as const).map(async (runLabel): Promise<RunsOnHardwareDTO[]> => {
      const result = await db.readStatement(statement, { ...params, runLabel });
      return result.records.map((record) => {
        const row = record.toObject() as RunsOnRow;
        return { entity: entityRefFromRow(row.entity), papers: row.papers };
      });
    }),
  );
  return { methods, datasets, tasks };
}

/** Answers about entities with more papers than this are kept until the graph changes (they walk every paper). */
export const CACHED_HARDWARE_PAPERS = 500;

/** hardwareOf with the answers for big entities cached (GraphCache, as for hub neighbourhoods). */
export class HardwareAnswers {
  private readonly big: GraphCache<HardwareResponse>;

  constructor(private readonly db: GraphDatabase) {
    this.big = new GraphCache<HardwareResponse>(db, 10 * 60_000, 512);
  }

  async answer(query: HardwareQuery): Promise<HardwareResponse> {
    const key = `${query.of}|${query.limit}`;
    const cached = await this.big.lookup(key);
    if (cached) return cached;
    const answer = await hardwareOf(this.db, query);
    if (answer.of.paperCount > CACHED_HARDWARE_PAPERS) this.big.put(key, await this.big.signature(), answer);
    return answer;
  }
}

export async function hardwareOf(db: GraphDatabase, query: HardwareQuery): Promise<HardwareResponse> {
  const [ref] = parseEntityIds(query.of);
  const params = { label: ref.label, key: ref.key, limit: int(query.limit) };
  const found = await db.readStatement<{ entity: EntityRefRow }>(ENTITY_OF, params);
  if (found.records.length === 0) throw notFound(`No entity ${query.of}.`);
  const of = entityRefFromRow(found.records[0].get('entity'));
  if (of.label !== 'Hardware') {
    const rows = await db.readStatement(HARDWARE_OF_ENTITY, params);
    return { of, hardware: rows.records.map((record) => usage(record.toObject() as HardwareUsageRow)), runs: null, runsCountedFrom: null };
  }
  const hub = of.paperCount > HUB_PAPERS;
  const [itself, runs] = await Promise.all([db.readStatement(HARDWARE_ITSELF, params), runsOn(db, params, hub)]);
  return {
    of,
    hardware: itself.records.map((record) => usage(record.toObject() as HardwareUsageRow)),
    runs,
    runsCountedFrom: hub ? 'co-occurrence' : 'papers',
  };
}
