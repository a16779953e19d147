/**
 * Writes batches of extracted papers: one `executeWrite` transaction per batch (retried by the driver on
 * transient errors and leader changes), so a paper and all its relationships land together or not at all.
 * Papers whose text hash and extractor version are already stored are not rewritten (unless forced): that is
 * what makes re-runs and resuming after a kill cheap.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { ENTITY_LABELS } from '../../graph-schema/model.ts';
import { combineRows, dedupePapers, type BatchRows } from './batch.ts';
import {
  CREATE_ABOUTS,
  CREATE_CLAIMS,
  CREATE_MENTIONS,
  DELETE_OLD_CLAIMS,
  DELETE_OLD_MENTIONS,
  MERGE_ENTITIES,
  MERGE_LISTED_IN,
  MERGE_LISTINGS,
  MERGE_PAPERS,
  READ_EXISTING_PAPERS,
} from './cypher.ts';
import type { ListingRef } from '../types.ts';
import { SET_PAPER_EXTRACTIONS } from './corpus-cypher.ts';
import { DELETE_OLD_RESULTS, resultStatements } from './result-cypher.ts';
import { buildPaperRows, listingRows, MENTION_TYPES, type LoadablePaper, type PaperGraphRows } from './rows.ts';
import { addCounters, emptyTally, type Attribution, type WriteTally } from './tally.ts';

export interface WriterOptions {
  /** Rewrite papers even when their stored hash and extractor version match. */
  force: boolean;
  extractorVersion: string;
  /** When given, the time and rows of every statement run are added here (bench:load prints them). */
  timings?: StatementTimings;
}

/** Per statement name: calls, rows sent and milliseconds from send to summary. */
export type StatementTimings = Map<string, { calls: number; rows: number; ms: number }>;

export interface BatchOutcome {
  papersNew: number;
  papersUpdated: number;
  papersUnchanged: number;
  tally: WriteTally;
}

/** A paper already stored with current content: only its listings are (re)recorded. */
export interface ListingOnlyPaper {
  id: string;
  sources: ListingRef[];
}

export interface StoredPaper {
  contentHash: string | null;
  extractorVersion: string | null;
}

export class PaperWriter {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly options: WriterOptions,
  ) {}

  async writeBatch(papers: LoadablePaper[]): Promise<BatchOutcome> {
    const rows = dedupePapers(papers.map((paper) => buildPaperRows(paper, this.options.extractorVersion)));
    const session = this.driver.session({ database: this.database });
    try {
      // The work function may run more than once (retries): it starts from a fresh outcome each time.
      return await session.executeWrite((tx) => this.writeInTransaction(tx, rows));
    } finally {
      await session.close();
    }
  }

  /** Records listings of papers known to be current (decided before extraction, see source.ts). */
  async writeListingsOnly(papers: ListingOnlyPaper[]): Promise<BatchOutcome> {
    const batch = combineRows(
      [],
      papers.map((paper) => listingRows(paper)),
    );
    const session = this.driver.session({ database: this.database });
    try {
      return await session.executeWrite(async (tx) => {
        const outcome: BatchOutcome = { papersNew: 0, papersUpdated: 0, papersUnchanged: papers.length, tally: emptyTally() };
        await runStatements(tx, statementsFor(batch, []), outcome.tally, this.options.timings);
        return outcome;
      });
    } finally {
      await session.close();
    }
  }

  /**
   * Rewrites stored papers from rows built here (the corpus pass's resolution): their old relationships, claims
   * and results are replaced as for a changed paper; their listings are left as they are.
   */
  async replacePapers(rows: PaperGraphRows[]): Promise<WriteTally> {
    const batch = combineRows(
      rows.map((paper) => ({ ...paper, listings: [], listedIn: [] })),
      [],
    );
    const keys = rows.map((paper) => paper.paper.key);
    const session = this.driver.session({ database: this.database });
    try {
      return await session.executeWrite(async (tx) => {
        const tally = emptyTally();
        await runStatements(tx, statementsFor(batch, keys, null), tally);
        return tally;
      });
    } finally {
      await session.close();
    }
  }

  private async writeInTransaction(tx: ManagedTransaction, rows: PaperGraphRows[]): Promise<BatchOutcome> {
    const outcome: BatchOutcome = { papersNew: 0, papersUpdated: 0, papersUnchanged: 0, tally: emptyTally() };
    const stored = await readStoredPapers(
      tx,
      rows.map((r) => r.paper.key),
    );
    const rewrite: PaperGraphRows[] = [];
    const linkOnly: PaperGraphRows[] = [];
    for (const paper of rows) {
      const previous = stored.get(paper.paper.key);
      if (!previous) {
        outcome.papersNew++;
        rewrite.push(paper);
      } else if (this.options.force || !isCurrent(previous, paper.paper.contentHash, this.options.extractorVersion)) {
        outcome.papersUpdated++;
        rewrite.push(paper);
      } else {
        outcome.papersUnchanged++;
        linkOnly.push(paper);
      }
    }
    const replaced = rewrite.filter((paper) => stored.has(paper.paper.key)).map((paper) => paper.paper.key);
    await runStatements(tx, statementsFor(combineRows(rewrite, linkOnly), replaced), outcome.tally, this.options.timings);
    return outcome;
  }
}

/** Stored with the same text and by the same extractor: nothing to re-extract. */
export function isCurrent(previous: StoredPaper, contentHash: string, extractorVersion: string): boolean {
  return previous.contentHash === contentHash && previous.extractorVersion === extractorVersion;
}

export async function readStoredPapers(tx: Pick<ManagedTransaction, 'run'>, keys: string[]): Promise<Map<string, StoredPaper>> {
  const result = await tx.run<StoredPaper & { key: string }>(READ_EXISTING_PAPERS, { keys });
  const stored = new Map<string, StoredPaper>();
  for (const record of result.records) {
    stored.set(record.get('key'), { contentHash: record.get('contentHash'), extractorVersion: record.get('extractorVersion') });
  }
  return stored;
}

interface Statement {
  /** For timings; by default the label or type the statement creates. */
  name?: string;
  query: string;
  params: Record<string, unknown>;
  attribution: Attribution;
  /** Number of rows: a statement with none is not sent. */
  size: number;
}

/**
 * In dependency order: old content out, then nodes, then the relationships between them. `ingestedAt` is null when
 * the corpus pass re-points a stored paper: it was not ingested again, so it keeps its time.
 */
function statementsFor(batch: BatchRows, replacedKeys: string[], ingestedAt: string | null = new Date().toISOString()): Statement[] {
  const statements: Statement[] = [
    { name: 'delete old results', query: DELETE_OLD_RESULTS, params: { keys: replacedKeys }, attribution: {}, size: replacedKeys.length },
    { name: 'delete old claims', query: DELETE_OLD_CLAIMS, params: { keys: replacedKeys }, attribution: {}, size: replacedKeys.length },
    { name: 'delete old mentions', query: DELETE_OLD_MENTIONS, params: { keys: replacedKeys }, attribution: {}, size: replacedKeys.length },
    {
      query: MERGE_PAPERS,
      params: { rows: batch.papers, ingestedAt },
      attribution: { node: 'Paper' },
      size: batch.papers.length,
    },
    {
      query: SET_PAPER_EXTRACTIONS,
      params: { rows: batch.papers.map(({ key, extraction, writtenHash }) => ({ key, extraction, writtenHash })) },
      attribution: {},
      size: batch.papers.length,
    },
  ];
  for (const label of ENTITY_LABELS) {
    const rows = batch.entities[label];
    statements.push({ query: MERGE_ENTITIES[label], params: { rows }, attribution: { node: label }, size: rows.length });
  }
  for (const type of MENTION_TYPES) {
    const rows = batch.mentions[type];
    statements.push({ query: CREATE_MENTIONS[type], params: { rows }, attribution: { relationship: type }, size: rows.length });
  }
  statements.push(
    {
      query: CREATE_CLAIMS,
      params: { rows: batch.claims },
      attribution: { node: 'Claim', relationship: 'CLAIMS' },
      size: batch.claims.length,
    },
    { query: CREATE_ABOUTS, params: { rows: batch.abouts }, attribution: { relationship: 'ABOUT' }, size: batch.abouts.length },
    ...resultStatements(batch.results),
    {
      query: MERGE_LISTINGS,
      params: { rows: batch.listings, pending: batch.papers.length > 0 },
      attribution: { node: 'Listing' },
      size: batch.listings.length,
    },
    { query: MERGE_LISTED_IN, params: { rows: batch.listedIn }, attribution: { relationship: 'LISTED_IN' }, size: batch.listedIn.length },
  );
  return statements;
}

/**
 * Sends every statement before awaiting any (Bolt pipelining): the server runs them in order within the
 * transaction, so each still sees the writes of the ones before it, without a client round trip between them.
 */
async function runStatements(
  tx: ManagedTransaction,
  statements: Statement[],
  tally: WriteTally,
  timings?: StatementTimings,
): Promise<void> {
  const sent = performance.now();
  const running = statements
    .filter((statement) => statement.size > 0)
    .map((statement) => ({
      statement,
      done: tx.run(statement.query, statement.params).then((result) => ({ result, at: performance.now() })),
    }));
  // Promise.all observes every promise, so a failure of one does not leave the later ones' rejections unhandled.
  const finished = await Promise.all(running.map((r) => r.done));
  let previous = sent;
  finished.forEach(({ result, at }, i) => {
    addCounters(tally, result.summary.counters, running[i].statement.attribution);
    // The server runs them one after another: a statement's own time starts when the one before it finished.
    if (timings) record(timings, running[i].statement, at - previous);
    previous = at;
  });
}

function record(timings: StatementTimings, statement: Statement, ms: number): void {
  const name = statement.name ?? statement.attribution.relationship ?? statement.attribution.node ?? 'other';
  const entry = timings.get(name) ?? { calls: 0, rows: 0, ms: 0 };
  timings.set(name, { calls: entry.calls + 1, rows: entry.rows + statement.size, ms: entry.ms + ms });
}
