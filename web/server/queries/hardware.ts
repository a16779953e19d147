/** "What runs on what": the hardware of an entity's papers with units, and what papers run on a hardware. */
import { MENTION_ALTERNATION } from './relationships.ts';
import { entityRef, type EntityRefRow } from './entity-ref.ts';

const MATCH_OF = `MATCH (e:Entity {key: $key}) WHERE $label IN labels(e)`;

export const ENTITY_OF = `${MATCH_OF} RETURN ${entityRef('e')} AS entity`;

/** The loader gives a paper at most one mention relationship per entity, so a row is a paper. */
export const HARDWARE_OF_ENTITY = `${MATCH_OF}
  MATCH (e)<-[:${MENTION_ALTERNATION}]-(p:Paper)-[r:RUNS_ON]->(h:Hardware)
  WITH h, count(*) AS papers, max(r.count) AS maxUnits, count(r.count) AS papersWithUnits
  ORDER BY papers DESC, h.key LIMIT $limit
  RETURN ${entityRef('h')} AS hardware, papers, maxUnits, papersWithUnits`;

/** A Hardware node's own row: its papers and the units they state. */
export const HARDWARE_ITSELF = `${MATCH_OF}
  MATCH (e)<-[r:RUNS_ON]-(:Paper)
  RETURN ${entityRef('e')} AS hardware, count(*) AS papers, max(r.count) AS maxUnits, count(r.count) AS papersWithUnits`;

export interface HardwareUsageRow {
  hardware: EntityRefRow;
  papers: number;
  maxUnits: number | null;
  papersWithUnits: number;
}

/** What the hardware's papers propose or use, evaluate on or address, counted per paper, for one label. */
export const RUNS_ON_HARDWARE = `${MATCH_OF}
  MATCH (e)<-[:RUNS_ON]-(:Paper)-[:PROPOSES|USES|INTRODUCES|EVALUATES_ON|ADDRESSES]->(x:Entity)
  WHERE $runLabel IN labels(x)
  WITH x, count(*) AS papers ORDER BY papers DESC, x.key LIMIT $limit
  RETURN ${entityRef('x')} AS entity, papers`;

/**
 * For hubs: the stored co-occurrence links, whose weight is the same paper count (papers mentioning both). A
 * pair is stored when it is in the top partners of either end, so a rare pair of two hubs may be missing.
 */
export const RUNS_ON_HUB = `${MATCH_OF}
  MATCH (e)-[c:CO_OCCURS]-(x:Entity) WHERE $runLabel IN labels(x)
  WITH x, c.weight AS papers ORDER BY papers DESC, x.key LIMIT $limit
  RETURN ${entityRef('x')} AS entity, papers`;

export interface RunsOnRow {
  entity: EntityRefRow;
  papers: number;
}
