/**
 * Decides from Neo4j's own EXPLAIN plan whether a console query is a pure read: the planner knows about writes
 * hidden in subqueries, after WITH, or inside procedures, which no text check could see reliably.
 */
import type { ResultSummary } from 'neo4j-driver';

export const ALLOWED_PROCEDURES: readonly string[] = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
];

interface PlanLike {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanLike[];
}

const QUERY_TYPE_MEANING: Record<string, string> = {
  w: 'writes to the graph',
  rw: 'reads and writes the graph',
  s: 'changes the schema or runs an administration procedure',
};

/** Operators that run administration commands (SHOW USERS, TERMINATE TRANSACTIONS, …) rather than graph reads. */
function isAdministrationOperator(operator: string): boolean {
  return /^(AdministrationCommand|SystemProcedureCall|Show|Terminate)/.test(operator);
}

function procedureName(details: unknown): string {
  return String(details ?? '').split('(')[0].trim();
}

function planRefusal(plan: PlanLike): string | null {
  const operator = plan.operatorType.split('@')[0];
  if (operator === 'LoadCSV') return 'LOAD CSV is not allowed: the console cannot read files or URLs.';
  if (operator === 'ProcedureCall') {
    const name = procedureName(plan.arguments.Details);
    if (!ALLOWED_PROCEDURES.includes(name)) {
      return `The procedure ${name || '(unknown)'} is not allowed here; allowed procedures: ${ALLOWED_PROCEDURES.join(', ')}.`;
    }
  }
  if (isAdministrationOperator(operator)) return `Administration commands are not allowed (${operator}).`;
  for (const child of plan.children ?? []) {
    const refusal = planRefusal(child);
    if (refusal) return refusal;
  }
  return null;
}

/** Null when the query may run; otherwise the reason it is refused (shown to the user). */
export function refusalReason(summary: ResultSummary): string | null {
  const plan = summary.plan;
  if (!plan) return 'Neo4j gave no query plan, so the query cannot be checked and is refused.';
  const fromPlan = planRefusal(plan as unknown as PlanLike);
  if (fromPlan) return fromPlan;
  const queryType = summary.queryType;
  if (queryType !== 'r') {
    const meaning = QUERY_TYPE_MEANING[queryType] ?? `is of type "${queryType}"`;
    return `Only read queries may run in the console; this query ${meaning} (query type "${queryType}").`;
  }
  return null;
}
