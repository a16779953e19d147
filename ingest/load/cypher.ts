/**
 * The Cypher the writer runs, one statement per label or relationship type so the driver's summary counters
 * can be attributed to a label/type exactly. Every statement UNWINDs a list parameter and MERGEs on the
 * constrained `key`; integer-valued fields go through toInteger() because the driver sends JS numbers as floats.
 */
import { ENTITY_LABELS, MENTION_RELATIONSHIPS, type EntityLabel, type MentionRelationshipType } from '../../graph-schema/model.ts';
import { PENDING_PROPERTY } from './pending.ts';
import { MENTION_TYPES } from './rows.ts';

export const MENTION_TYPE_PATTERN = MENTION_TYPES.join('|');

export const READ_EXISTING_PAPERS = `
UNWIND $keys AS key
MATCH (p:Paper {key: key})
RETURN p.key AS key, p.contentHash AS contentHash, p.extractorVersion AS extractorVersion`;

/** Old claims of papers about to be rewritten (their keys are re-created from the new text). */
export const DELETE_OLD_CLAIMS = `
UNWIND $keys AS key
MATCH (:Paper {key: key})-[:CLAIMS]->(c:Claim)
DETACH DELETE c`;

/** The entities lose a paper: their derived values are pending (derived-properties.ts). */
export const DELETE_OLD_MENTIONS = `
UNWIND $keys AS key
MATCH (:Paper {key: key})-[r:${MENTION_TYPE_PATTERN}]->(e)
SET e.${PENDING_PROPERTY} = true
DELETE r`;

export const MERGE_PAPERS = `
UNWIND $rows AS row
MERGE (p:Paper {key: row.key})
SET p.title = row.title, p.abstract = row.abstract, p.date = row.date,
    p.authorsCount = toInteger(row.authorsCount), p.upvotes = toInteger(row.upvotes), p.url = row.url,
    p.categories = row.categories, p.codeUrls = row.codeUrls,
    p.authors = row.authors, p.arxivId = row.arxivId, p.updated = row.updated, p.doi = row.doi, p.journalRef = row.journalRef,
    p.contentHash = row.contentHash, p.extractorVersion = row.extractorVersion, p.ingestedAt = coalesce($ingestedAt, p.ingestedAt)`;

/**
 * Aliases stay a sorted set and the name the smallest spelling, so the result does not depend on the order
 * papers arrive in. The sort only runs when the row brings an alias the entity does not have yet.
 */
export function mergeEntities(label: EntityLabel): string {
  return `
UNWIND $rows AS row
MERGE (e:${label} {key: row.key})
ON CREATE SET e:Entity, e.name = row.name, e.aliases = row.aliases, e.paperCount = 0,
              e.searchText = reduce(text = row.name, alias IN [a IN row.aliases WHERE a <> row.name] | text + ' | ' + alias)
SET e.generic = row.generic
SET e.${PENDING_PROPERTY} = true
FOREACH (_ IN CASE WHEN row.name < e.name THEN [1] ELSE [] END | SET e.name = row.name)
WITH e, row WHERE NOT all(alias IN row.aliases WHERE alias IN e.aliases)
SET e.aliases = COLLECT { UNWIND e.aliases + row.aliases AS alias RETURN DISTINCT alias ORDER BY alias }`;
}

export const MERGE_ENTITIES: Record<EntityLabel, string> = Object.fromEntries(
  ENTITY_LABELS.map((label) => [label, mergeEntities(label)]),
) as Record<EntityLabel, string>;

/** Old mentions were deleted in the same transaction, so CREATE cannot duplicate. */
export function createMentions(type: MentionRelationshipType): string {
  const count = MENTION_RELATIONSHIPS[type].counted ? ', count: toInteger(row.count)' : '';
  return `
UNWIND $rows AS row
MATCH (p:Paper {key: row.paperKey})
MATCH (e:${MENTION_RELATIONSHIPS[type].to} {key: row.entityKey})
CREATE (p)-[:${type} {evidenceFields: row.evidenceFields,
                     evidenceStarts: [x IN row.evidenceStarts | toInteger(x)],
                     evidenceEnds: [x IN row.evidenceEnds | toInteger(x)],
                     surfaces: row.surfaces, recognisedBy: row.recognisedBy, confidence: row.confidence${count}}]->(e)`;
}

export const CREATE_MENTIONS: Record<MentionRelationshipType, string> = Object.fromEntries(
  MENTION_TYPES.map((type) => [type, createMentions(type)]),
) as Record<MentionRelationshipType, string>;

/** The paper's old claims were deleted in the same transaction: CREATE (the key constraint still guards). */
export const CREATE_CLAIMS = `
UNWIND $rows AS row
MATCH (p:Paper {key: row.paperKey})
CREATE (p)-[:CLAIMS]->(:Claim {key: row.key, text: row.text, paperKey: row.paperKey, field: 'abstract',
                               start: toInteger(row.start), end: toInteger(row.end), numberRaws: row.numberRaws,
                               numberValues: [x IN row.numberValues | toFloat(x)], numberUnits: row.numberUnits})`;

export const CREATE_ABOUTS = `
UNWIND $rows AS row
MATCH (c:Claim {key: row.claimKey})
MATCH (e:Entity {key: row.entityKey}) WHERE row.label IN labels(e)
CREATE (c)-[:ABOUT]->(e)`;

/**
 * Listing.contentHash is recorded only once a whole run has finished (derived structure included); a batch
 * that rewrites papers clears it ($pending), so an interrupted run is never taken for a complete one. A file
 * that lists several days keeps its earliest date, whatever order its papers arrive in.
 */
export const MERGE_LISTINGS = `
UNWIND $rows AS row
MERGE (l:Listing {key: row.key})
SET l.name = row.name, l.path = row.path, l.format = row.format,
    l.date = CASE WHEN l.date IS NULL OR row.date < l.date THEN row.date ELSE l.date END,
    l.contentHash = CASE WHEN $pending THEN null ELSE l.contentHash END`;

/** Some run wrote papers and did not finish: the derived structure may be stale. */
export const PENDING_LISTINGS = 'MATCH (l:Listing) WHERE l.contentHash IS NULL RETURN count(l) AS n';

export const MERGE_LISTED_IN = `
UNWIND $rows AS row
MATCH (p:Paper {key: row.paperKey})
MATCH (l:Listing {key: row.listingKey})
MERGE (p)-[r:LISTED_IN]->(l)
SET r.line = toInteger(row.line)`;
