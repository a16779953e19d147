/**
 * Decides from Neo4j's own EXPLAIN plan whether a console query is a pure read: the planner knows about writes
 * hidden in subqueries, after WITH, or inside procedures, which no text check could see reliably. The query type
 * alone is not trusted (some servers class loader procedures as reads): every procedure call in the plan must be on
 * the allow-list, and every namespaced function must be one of Cypher's own, whatever plugins the server has.
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

/**
 * Cypher's built-in namespaced functions (Neo4j 5.26 `SHOW FUNCTIONS WHERE isBuiltIn`). Plugin functions always
 * have a namespace (Neo4j refuses user functions in the root namespace), so any other dotted name is a plugin's.
 */
export const BUILT_IN_NAMESPACED_FUNCTIONS: readonly string[] = [
  ...['date', 'datetime', 'localdatetime', 'localtime', 'time'].flatMap((type) =>
    ['realtime', 'statement', 'transaction', 'truncate'].map((name) => `${type}.${name}`),
  ),
  'datetime.fromepoch',
  'datetime.fromepochmillis',
  'duration.between',
  'duration.indays',
  'duration.inmonths',
  'duration.inseconds',
  'point.distance',
  'point.withinbbox',
  'vector.similarity.cosine',
  'vector.similarity.euclidean',
];

/** `name.space.fn(` in an operator's details (quoted with backticks or not). */
const NAMESPACED_CALL = /(?<![\w.$])([A-Za-z_][\w]*(?:\s*\.\s*[A-Za-z_][\w]*)+)\s*\(/g;

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
  return String(details ?? '')
    .split('(')[0]
    .trim();
}

/** Namespaced functions an operator calls that are not Cypher's own. */
export function foreignFunctions(details: string): string[] {
  const unquoted = details.replace(/`/g, '');
  const names = [...unquoted.matchAll(NAMESPACED_CALL)].map((match) => match[1].replace(/\s+/g, ''));
  return names.filter((name) => !BUILT_IN_NAMESPACED_FUNCTIONS.includes(name.toLowerCase()));
}

function planRefusal(plan: PlanLike): string | null {
  const operator = plan.operatorType.split('@')[0];
  const details = String(plan.arguments.Details ?? '');
  // A procedure call's own name is judged against the procedure allow-list below; its arguments are expressions.
  const expressions = operator === 'ProcedureCall' ? details.slice(procedureName(details).length) : details;
  const foreign = foreignFunctions(expressions);
  if (foreign.length > 0) {
    return `The function ${foreign[0]} is not allowed here: only Cypher's built-in functions may run in the console.`;
  }
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
