/**
 * The derived monthly paper counts (graph-schema/entity-months.ts) as stored, and the same counts made here in
 * TypeScript from each paper's date and listings, so a test can hold the derive step to the day rule.
 */
import type { Driver } from 'neo4j-driver';
import { MONTH_LABEL, PAPERS_IN_MONTH, type EntityMonthProps } from '../../../graph-schema/entity-months.ts';
import { MENTION_TYPE_PATTERN } from '../../../ingest/load/cypher.ts';

/** Per entity (`Label:key`): papers per month, each as `[day, papers]` pairs by day, first day, undated papers. */
export type MonthlyCounts = Record<string, { firstDay: string | null; undated: number; months: Record<string, Array<[string, number]>> }>;

const ENTITY_ID = "[label IN labels(e) WHERE label <> 'Entity'][0] + ':' + e.key";
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

async function rows<T>(driver: Driver, database: string, query: string): Promise<T[]> {
  return (await driver.executeQuery(query, {}, { database })).records.map((record) => record.toObject() as T);
}

export async function storedMonthlyCounts(driver: Driver, database: string): Promise<MonthlyCounts> {
  const stored = await rows<{
    id: string;
    firstDay: string | null;
    undated: number;
    months: Array<EntityMonthProps & { month: string }>;
  }>(
    driver,
    database,
    `MATCH (e:Entity)
     RETURN ${ENTITY_ID} AS id, e.firstDay AS firstDay, e.undatedPapers AS undated,
            [(e)-[c:${PAPERS_IN_MONTH}]->(m:${MONTH_LABEL}) | {month: m.key, days: c.days, dayPapers: c.dayPapers, papers: c.papers}] AS months`,
  );
  const counts: MonthlyCounts = {};
  for (const entity of stored) {
    const months: Record<string, Array<[string, number]>> = {};
    for (const month of entity.months) {
      if (month.papers !== month.dayPapers.reduce((sum, n) => sum + n, 0))
        throw new Error(`${entity.id} ${month.month}: papers is not the sum of its days`);
      months[month.month] = month.days.map((day, index) => [day, month.dayPapers[index]]);
    }
    counts[entity.id] = { firstDay: entity.firstDay, undated: entity.undated, months };
  }
  return counts;
}

/** A paper's day: its own full ISO date, else the earliest full ISO date of its listings, else none. */
function dayOf(date: string | null, listingDates: Array<string | null>): string | null {
  if (date && FULL_DAY.test(date)) return date;
  return listingDates.filter((day): day is string => day !== null && FULL_DAY.test(day)).sort()[0] ?? null;
}

export async function monthlyCountsFromPapers(driver: Driver, database: string): Promise<MonthlyCounts> {
  const papers = await rows<{ date: string | null; listingDates: Array<string | null>; entities: string[] }>(
    driver,
    database,
    `MATCH (p:Paper)
     RETURN p.date AS date, [(p)-[:LISTED_IN]->(l:Listing) | l.date] AS listingDates,
            [(p)-[:${MENTION_TYPE_PATTERN}]->(e:Entity) | ${ENTITY_ID}] AS entities`,
  );
  const perDay = new Map<string, Map<string, number>>();
  const undated = new Map<string, number>();
  for (const paper of papers) {
    const day = dayOf(paper.date, paper.listingDates);
    for (const id of paper.entities) {
      if (day === null) undated.set(id, (undated.get(id) ?? 0) + 1);
      else {
        const days = perDay.get(id) ?? new Map<string, number>();
        days.set(day, (days.get(day) ?? 0) + 1);
        perDay.set(id, days);
      }
    }
  }
  const counts: MonthlyCounts = {};
  for (const id of new Set([...perDay.keys(), ...undated.keys()])) {
    const days = [...(perDay.get(id) ?? new Map<string, number>())].sort(([a], [b]) => (a < b ? -1 : 1));
    const months: Record<string, Array<[string, number]>> = {};
    for (const [day, papers] of days) (months[day.slice(0, 7)] ??= []).push([day, papers]);
    counts[id] = { firstDay: days[0]?.[0] ?? null, undated: undated.get(id) ?? 0, months };
  }
  return counts;
}
