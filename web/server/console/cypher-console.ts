/**
 * The read-only Cypher console. Every query is EXPLAINed first and refused unless Neo4j plans it as a pure read
 * (console/guard.ts); then it runs in a READ transaction that is always rolled back, with a timeout and caps.
 * At start the console checks that the database really refuses writes inside READ transactions; if it does not,
 * the console stays disabled and says why.
 */
import type { Node, Relationship, Result, Session, Transaction } from 'neo4j-driver';
import type { CypherResponse } from '../../shared/api.ts';
import type { GraphDatabase } from '../database.ts';
import { ApiError, isUnavailable, unavailable } from '../errors.ts';
import { AnswerBudget, type AnswerLimits } from './answer-budget.ts';
import { consoleError, EXPLAIN_PREFIX, timeoutError } from './console-errors.ts';
import { refusalReason } from './guard.ts';
import { ConsoleLimiter, type LimiterSettings } from './limiter.ts';
import { checkQueryShape, DEFAULT_QUERY_SHAPE_LIMITS, type QueryShapeLimits } from './query-shape.ts';
import { ConsoleGraph, toJson, visitGraphValues } from './serialize.ts';

export interface ConsoleSettings {
  timeoutMs: number;
  rowCap: number;
  nodeCap: number;
  limiter: LimiterSettings;
  answer: AnswerLimits;
  shape: QueryShapeLimits;
  /**
   * Session mode the console's transactions use. Always READ in production; tests pass WRITE to play a database
   * that accepts writes there, and check that the console then disables itself.
   */
  sessionMode: 'READ' | 'WRITE';
}

export const DEFAULT_CONSOLE_SETTINGS: ConsoleSettings = {
  timeoutMs: 10_000,
  rowCap: 1_000,
  nodeCap: 2_000,
  // One slot per client out of two: a client cannot hold the console for everyone else.
  limiter: { running: 2, queued: 4, perClient: 1 },
  answer: { maxAnswerBytes: 4 * 1024 * 1024, maxValueChars: 10_000 },
  shape: DEFAULT_QUERY_SHAPE_LIMITS,
  sessionMode: 'READ',
};

/** Marks the console's transactions, so `SHOW TRANSACTIONS` (and tests) can tell them from the explorer's. */
export const CONSOLE_TRANSACTION_METADATA = { app: 'papergraph-console' } as const;

/** Neo4j's transaction timeout stops the query first; the console's own deadline is the backstop, a moment later. */
const DEADLINE_GRACE_MS = 1_000;

/** Records fetched per round trip: few, so the byte cap stops the stream before much more than it is received. */
const FETCH_SIZE = 25;

type ConsoleState = { status: 'unchecked' } | { status: 'enabled' } | { status: 'disabled'; reason: string };

const WRITE_PROBE = 'CREATE (probe:PapergraphReadOnlyProbe) RETURN probe';

export class CypherConsole {
  private state: ConsoleState = { status: 'unchecked' };
  private readonly limiter: ConsoleLimiter;

  constructor(
    private readonly db: GraphDatabase,
    readonly settings: ConsoleSettings,
  ) {
    this.limiter = new ConsoleLimiter(settings.limiter);
  }

  /** For /api/health; checks first if the start-up check could not reach Neo4j. */
  async status(): Promise<{ enabled: boolean; reason?: string }> {
    await this.ensureChecked().catch(() => undefined);
    if (this.state.status === 'enabled') return { enabled: true };
    if (this.state.status === 'disabled') return { enabled: false, reason: this.state.reason };
    return { enabled: false, reason: 'Not checked yet: Neo4j was unreachable; the check runs again once it is back.' };
  }

  /** Tries to write inside a READ transaction (rolled back either way); the console runs only if that fails. */
  async ensureChecked(): Promise<void> {
    if (this.state.status !== 'unchecked') return;
    const session = this.db.session(this.settings.sessionMode);
    const tx = session.beginTransaction({ timeout: 5_000 });
    try {
      await tx.run(WRITE_PROBE);
      this.state = {
        status: 'disabled',
        reason:
          'This Neo4j accepted a write inside a READ transaction, so read-only queries cannot be enforced; the console is disabled. Upgrade to Neo4j 4.x or later.',
      };
    } catch (error) {
      if (isUnavailable(error)) throw unavailable(error);
      // AccessMode (or any refusal to write) is what we want to see.
      this.state = { status: 'enabled' };
    } finally {
      await tx.rollback().catch(() => undefined);
      await session.close().catch(() => undefined);
    }
  }

  /**
   * Runs one console query for `client` (its remote address and token). Neo4j stops the transaction at the time
   * limit; should it not answer then (a parser or an expression that does not check for termination), the console
   * closes the session without waiting, frees the slot and answers itself.
   */
  async run(client: string, query: string, params: Record<string, unknown>): Promise<CypherResponse> {
    await this.ensureChecked();
    if (this.state.status === 'disabled') throw new ApiError(503, 'console_disabled', this.state.reason);
    checkQueryShape(query, params, this.settings.shape);
    const release = await this.limiter.acquire(client);
    const { timeoutMs } = this.settings;
    const session = this.db.driver.session({
      database: this.db.database,
      defaultAccessMode: this.settings.sessionMode,
      fetchSize: FETCH_SIZE,
    });
    let timer: NodeJS.Timeout | undefined;
    let deadlinePassed = false;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        deadlinePassed = true;
        // Not awaited: closing resets the connection, which tells Neo4j to stop; the rollback may take a while.
        void session.close().catch(() => undefined);
        release();
        reject(timeoutError(timeoutMs, undefined, true));
      }, timeoutMs + DEADLINE_GRACE_MS);
    });
    try {
      const tx = session.beginTransaction({ timeout: timeoutMs, metadata: CONSOLE_TRANSACTION_METADATA });
      try {
        return await Promise.race([this.explainAndRun(tx, query, params), deadline]);
      } finally {
        if (!deadlinePassed) await closeQuietly(tx, session);
      }
    } catch (error) {
      throw consoleError(error, timeoutMs);
    } finally {
      clearTimeout(timer);
      release();
    }
  }

  private async explainAndRun(tx: Transaction, query: string, params: Record<string, unknown>): Promise<CypherResponse> {
    const explained = await tx.run(EXPLAIN_PREFIX + query, params);
    const refusal = refusalReason(explained.summary);
    if (refusal) throw new ApiError(403, 'query_refused', refusal);
    const started = performance.now();
    const result = tx.run(query, params);
    const graph = new ConsoleGraph(this.settings.nodeCap);
    const { rows, columns, reasons, stoppedEarly } = await this.readRows(result, graph);
    await this.fetchEndpoints(tx, graph);
    if (graph.capped) reasons.push(`The graph stops at ${this.settings.nodeCap.toLocaleString('en')} nodes.`);
    const summary = stoppedEarly ? null : await result.summary();
    const ids = graph.collector.idByElementId;
    return {
      columns,
      rows: rows.map((values) => values.map((value) => toJson(value, ids))),
      graph: graph.toGraph(),
      truncated: reasons.length > 0,
      ...(reasons.length > 0 ? { truncatedReasons: reasons } : {}),
      summary: {
        queryType: summary?.queryType ?? explained.summary.queryType,
        rowCount: rows.length,
        elapsedMs: Math.round(performance.now() - started),
        notifications: (summary?.notifications ?? explained.summary.notifications).map(
          (notification) => `${notification.title}: ${notification.description}`,
        ),
      },
    };
  }

  /** Streams records until the row or byte cap, with long values cut; gathers the graph as it goes. */
  private async readRows(
    result: Result,
    graph: ConsoleGraph,
  ): Promise<{ rows: unknown[][]; columns: string[]; reasons: string[]; stoppedEarly: boolean }> {
    const rows: unknown[][] = [];
    const budget = new AnswerBudget(this.settings.answer);
    const reasons: string[] = [];
    let columns: string[] = [];
    let stoppedEarly = false;
    for await (const record of result) {
      if (rows.length >= this.settings.rowCap) {
        reasons.push(`Rows stop at ${this.settings.rowCap.toLocaleString('en')}; add a LIMIT to see others.`);
        stoppedEarly = true;
        break;
      }
      columns = record.keys as string[];
      const values = record.keys.map((key) => budget.shortenValue(record.get(key)));
      visitGraphValues(
        values,
        (node: Node) => graph.addNode(node),
        (rel: Relationship) => graph.addRelationship(rel),
      );
      if (!budget.admitRow(values.map((value) => toJson(value, graph.collector.idByElementId)))) {
        stoppedEarly = true;
        break;
      }
      rows.push(values);
    }
    if (columns.length === 0) columns = ((await result.keys()) as string[]) ?? [];
    reasons.push(...budget.reasons());
    return { rows, columns, reasons, stoppedEarly };
  }

  /** Relationships are drawn between both ends, so ends the query did not return are read too. */
  private async fetchEndpoints(tx: Transaction, graph: ConsoleGraph): Promise<void> {
    const missing = graph.missingEndpoints();
    if (missing.length === 0) return;
    const result = await tx.run<{ n: Node }>('UNWIND $ids AS id MATCH (n) WHERE elementId(n) = id RETURN n', { ids: missing });
    for (const record of result.records) graph.addNode(record.get('n'));
  }
}

async function closeQuietly(tx: Transaction, session: Session): Promise<void> {
  // Never committed: whatever happened, the transaction is rolled back.
  if (tx.isOpen()) await tx.rollback().catch(() => undefined);
  await session.close().catch(() => undefined);
}
