/**
 * The read-only Cypher console. Every query is EXPLAINed first and refused unless Neo4j plans it as a pure read
 * (console/guard.ts); then it runs in a READ transaction that is always rolled back, with a timeout and caps.
 * At start the console checks that the database really refuses writes inside READ transactions; if it does not,
 * the console stays disabled and says why.
 */
import type { Node, Relationship, Session, Transaction } from 'neo4j-driver';
import type { CypherResponse } from '../../shared/api.ts';
import type { GraphDatabase } from '../database.ts';
import { ApiError, isTimeout, isUnavailable, unavailable } from '../errors.ts';
import { refusalReason } from './guard.ts';
import { ConsoleLimiter, type LimiterSettings } from './limiter.ts';
import { ConsoleGraph, toJson, visitGraphValues } from './serialize.ts';

export interface ConsoleSettings {
  timeoutMs: number;
  rowCap: number;
  nodeCap: number;
  limiter: LimiterSettings;
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
  limiter: { running: 2, queued: 4, perClient: 2 },
  sessionMode: 'READ',
};

type ConsoleState = { status: 'unchecked' } | { status: 'enabled' } | { status: 'disabled'; reason: string };

/** Explain's own prefix: on its own line so Neo4j's line numbers shift by exactly one. */
const EXPLAIN_PREFIX = 'EXPLAIN\n';
const WRITE_PROBE = 'CREATE (probe:PapergraphReadOnlyProbe) RETURN probe';
/** Grace after the server-side timeout before the client gives up on its own. */
const CLIENT_TIMEOUT_GRACE_MS = 2_000;

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
        reason: 'This Neo4j accepted a write inside a READ transaction, so read-only queries cannot be enforced; the console is disabled. Upgrade to Neo4j 4.x or later.',
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

  async run(client: string, query: string, params: Record<string, unknown>): Promise<CypherResponse> {
    await this.ensureChecked();
    if (this.state.status === 'disabled') throw new ApiError(503, 'console_disabled', this.state.reason);
    const release = await this.limiter.acquire(client);
    const session = this.db.driver.session({
      database: this.db.database,
      defaultAccessMode: this.settings.sessionMode,
      fetchSize: this.settings.rowCap + 1,
    });
    const tx = session.beginTransaction({ timeout: this.settings.timeoutMs });
    let timer: NodeJS.Timeout | undefined;
    const clientTimeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(timeoutError(this.settings.timeoutMs)), this.settings.timeoutMs + CLIENT_TIMEOUT_GRACE_MS);
    });
    try {
      return await Promise.race([this.explainAndRun(tx, query, params), clientTimeout]);
    } catch (error) {
      throw consoleError(error, this.settings.timeoutMs);
    } finally {
      clearTimeout(timer);
      await closeQuietly(tx, session);
      release();
    }
  }

  private async explainAndRun(tx: Transaction, query: string, params: Record<string, unknown>): Promise<CypherResponse> {
    const explained = await tx.run(EXPLAIN_PREFIX + query, params);
    const refusal = refusalReason(explained.summary);
    if (refusal) throw new ApiError(403, 'query_refused', refusal);
    const started = performance.now();
    const result = tx.run(query, params);
    const rows: unknown[][] = [];
    const graph = new ConsoleGraph(this.settings.nodeCap);
    let columns: string[] = [];
    let rowsCapped = false;
    for await (const record of result) {
      if (rows.length >= this.settings.rowCap) {
        rowsCapped = true;
        break;
      }
      columns = record.keys as string[];
      const values = record.keys.map((key) => record.get(key));
      visitGraphValues(values, (node: Node) => graph.addNode(node), (rel: Relationship) => graph.addRelationship(rel));
      rows.push(values);
    }
    if (columns.length === 0) columns = ((await result.keys()) as string[]) ?? [];
    await this.fetchEndpoints(tx, graph);
    const summary = rowsCapped ? null : await result.summary();
    const ids = graph.collector.idByElementId;
    return {
      columns,
      rows: rows.map((values) => values.map((value) => toJson(value, ids))),
      graph: graph.toGraph(),
      truncated: rowsCapped || graph.capped,
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

  /** Relationships are drawn between both ends, so ends the query did not return are read too. */
  private async fetchEndpoints(tx: Transaction, graph: ConsoleGraph): Promise<void> {
    const missing = graph.missingEndpoints();
    if (missing.length === 0) return;
    const result = await tx.run('UNWIND $ids AS id MATCH (n) WHERE elementId(n) = id RETURN n', { ids: missing });
    for (const record of result.records) graph.addNode(record.get('n') as Node);
  }
}

async function closeQuietly(tx: Transaction, session: Session): Promise<void> {
  // Never committed: whatever happened, the transaction is rolled back.
  if (tx.isOpen()) await tx.rollback().catch(() => undefined);
  await session.close().catch(() => undefined);
}

function timeoutError(timeoutMs: number): ApiError {
  return new ApiError(408, 'query_timeout', `The query ran longer than ${timeoutMs / 1000} s and was stopped. Add a LIMIT or narrow the MATCH.`);
}

interface Neo4jErrorLike {
  code?: string;
  message?: string;
}

/** Neo4j positions count from our EXPLAIN line; the user's query starts one line later. */
function syntaxPosition(message: string): ApiError['position'] {
  const match = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(message);
  if (!match) return undefined;
  const line = Math.max(1, Number(match[1]) - 1);
  return { line, column: Number(match[2]), offset: Math.max(0, Number(match[3]) - EXPLAIN_PREFIX.length) };
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/\s*\(line \d+, column \d+ \(offset: \d+\)\)\s*$/, '').trim();
}

export function consoleError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof ApiError) return error;
  if (isUnavailable(error)) return unavailable(error);
  if (isTimeout(error) || (error as Neo4jErrorLike).code === 'Neo.TransientError.Transaction.Terminated') {
    return timeoutError(timeoutMs);
  }
  const { code = '', message = String(error) } = error as Neo4jErrorLike;
  if (code === 'Neo.ClientError.Statement.AccessMode') {
    return new ApiError(403, 'query_refused', 'Only read queries may run in the console; Neo4j refused a write.');
  }
  if (code === 'Neo.ClientError.Statement.UnsupportedAdministrationCommand' || code.startsWith('Neo.ClientError.Security.')) {
    return new ApiError(403, 'query_refused', `Administration commands are not allowed: ${firstLine(message)}`);
  }
  if (code === 'Neo.ClientError.Statement.SyntaxError') {
    const position = syntaxPosition(message);
    const where = position ? ` (line ${position.line}, column ${position.column})` : '';
    return new ApiError(400, 'syntax_error', `${firstLine(message)}${where}`, position);
  }
  if (code.startsWith('Neo.ClientError.')) return new ApiError(400, 'query_error', firstLine(message));
  return error;
}
