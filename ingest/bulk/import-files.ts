/**
 * The CSV files `neo4j-admin database import full` reads, written from the same graph rows the transactional
 * writer sends (rows.ts), one file pair per label and relationship type of the schema's lists. Entities and
 * listings are merged across papers in memory (name, aliases, earliest date: the writer's rules, batch.ts) and
 * written at the end; everything else streams to disk.
 */
import { join } from 'node:path';
import { ENTITY_SUPER_LABEL, MENTION_RELATIONSHIPS } from '../../graph-schema/model.ts';
import { mergeEntity, mergeListing } from '../load/batch.ts';
import { MENTION_TYPES, type EntityRow, type ListingRow, type PaperGraphRows } from '../load/rows.ts';
import { CsvTable, type CellValue } from './csv-table.ts';

/** The writer's Cypher stores these with toFloat(); every other number as an integer. */
// Written with toFloat by the transactional writer: a whole number must still import as a float.
const FLOAT_PROPERTIES = new Set(['numberValues', 'value']);

export interface ImportTable {
  /** `--nodes=Paper:…` or `--relationships=USES` argument head. */
  kind: 'nodes' | 'relationships';
  /** `Method:Entity` for nodes, the type for relationships. */
  name: string;
  /** The label (nodes) or type (relationships) restored arrays are matched by. */
  match: string;
  table: CsvTable;
}

type Row = Record<string, CellValue>;

export class ImportFiles {
  private readonly tables = new Map<string, ImportTable>();
  /** By `Label:key`: one row per entity, merged as the writer merges a batch. */
  private readonly entities = new Map<string, EntityRow>();
  private readonly listings = new Map<string, ListingRow>();
  private readonly seenPapers = new Set<string>();
  duplicatePapers = 0;

  constructor(
    readonly dir: string,
    private readonly ingestedAt: string,
  ) {}

  private tableFor(id: string, kind: ImportTable['kind'], name: string, match: string, ids: Record<string, string>, sample: Row): CsvTable {
    let entry = this.tables.get(id);
    if (!entry) {
      const file = id.replace(/[^A-Za-z0-9_-]/g, '_');
      const table = new CsvTable(
        join(this.dir, `${file}.csv`),
        join(this.dir, `${file}.header.csv`),
        ids,
        Object.keys(sample),
        FLOAT_PROPERTIES,
      );
      entry = { kind, name, match, table };
      this.tables.set(id, entry);
    }
    return entry.table;
  }

  private node(label: string, labels: string, row: Row): Promise<void> {
    return this.tableFor(`node-${label}`, 'nodes', labels, label, { key: `key:ID(${label})` }, row).add(row);
  }

  private relationship(type: string, fromKey: string, from: string, toKey: string, to: string, row: Row, id = type): Promise<void> {
    const ids = { [fromKey]: `:START_ID(${from})`, [toKey]: `:END_ID(${to})` };
    return this.tableFor(`rel-${id}`, 'relationships', type, type, ids, row).add(row);
  }

  /** One paper's rows; a paper seen before (a re-emitted duplicate of a streamed input) is skipped. */
  async addPaper(rows: PaperGraphRows): Promise<void> {
    if (this.seenPapers.has(rows.paper.key)) {
      this.duplicatePapers += 1;
      return;
    }
    this.seenPapers.add(rows.paper.key);
    await this.node('Paper', 'Paper', { ...rows.paper, ingestedAt: this.ingestedAt });
    for (const entity of rows.entities) mergeEntity(this.entities, entity);
    for (const type of MENTION_TYPES) {
      for (const mention of rows.mentions[type])
        await this.relationship(type, 'paperKey', 'Paper', 'entityKey', MENTION_RELATIONSHIPS[type].to, { ...mention });
    }
    for (const claim of rows.claims) {
      // The writer's CREATE_CLAIMS sets `field` to the only field claims come from.
      await this.node('Claim', 'Claim', { ...claim, field: 'abstract' });
      await this.relationship('CLAIMS', 'paperKey', 'Paper', 'key', 'Claim', { paperKey: claim.paperKey, key: claim.key });
    }
    for (const about of rows.abouts) {
      await this.relationship(
        'ABOUT',
        'claimKey',
        'Claim',
        'entityKey',
        about.label,
        { claimKey: about.claimKey, entityKey: about.entityKey },
        `ABOUT-${about.label}`,
      );
    }
    for (const result of rows.results) {
      const { metricKey, datasetKey, subjectKey, baselineKey, ...properties } = result;
      await this.node('Result', 'Result', { ...properties });
      await this.relationship('REPORTS', 'claimKey', 'Claim', 'key', 'Result', { claimKey: result.claimKey, key: result.key });
      const links = [
        ['ON', 'Dataset', datasetKey],
        ['OF', 'Metric', metricKey],
        ['BY', 'Method', subjectKey],
        ['AGAINST', 'Method', baselineKey],
      ] as const;
      for (const [type, label, entityKey] of links) {
        if (entityKey !== null)
          await this.relationship(type, 'resultKey', 'Result', 'entityKey', label, { resultKey: result.key, entityKey });
      }
    }
    for (const listing of rows.listings) mergeListing(this.listings, listing);
    for (const link of rows.listedIn) await this.relationship('LISTED_IN', 'paperKey', 'Paper', 'listingKey', 'Listing', { ...link });
  }

  /** Writes the merged entities and listings, closes every file; the tables, for the import command. */
  async finish(): Promise<ImportTable[]> {
    // paperCount, dates, search text and co-occurrences are the derive's (run after the import).
    for (const entity of this.entities.values()) {
      await this.node(entity.label, `${entity.label}:${ENTITY_SUPER_LABEL}`, {
        key: entity.key,
        name: entity.name,
        aliases: entity.aliases,
        generic: entity.generic,
      });
    }
    for (const listing of this.listings.values()) await this.node('Listing', 'Listing', { ...listing });
    const tables = [...this.tables.values()];
    for (const entry of tables) await entry.table.close();
    return tables;
  }
}
