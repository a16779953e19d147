/** GET /api/health: whether Neo4j answers, counts per label, and whether the console is enabled. */
import type { FastifyInstance } from 'fastify';
import { NODE_LABELS } from '../../../graph-schema/model.ts';
import type { HealthResponse } from '../../shared/api.ts';
import type { ApiContext } from '../context.ts';
import { ApiError } from '../errors.ts';

/** Counts per model label and of relationships, all answered from Neo4j's count store: cheap at any size. */
const COUNTS = `RETURN ${NODE_LABELS.map((label) => `COUNT { (:${label}) } AS ${label}`).join(', ')},
  COUNT { ()-[]->() } AS relationships, COUNT { MATCH (p:Paper) WHERE p.date IS NULL } AS undatedPapers`;

export async function health(context: ApiContext): Promise<{ statusCode: number; body: HealthResponse }> {
  const uri = context.db.connection.uri;
  try {
    const { counts, relationships, undatedPapers } = await context.db.read(async (tx) => {
      const record = (await tx.run(COUNTS)).records[0];
      const counts: HealthResponse['counts'] = {};
      for (const label of NODE_LABELS) counts[label] = record.get(label) as number;
      return { counts, relationships: record.get('relationships') as number, undatedPapers: record.get('undatedPapers') as number };
    });
    const cypherConsole = await context.console.status();
    return {
      statusCode: 200,
      body: { status: 'ok', neo4j: { reachable: true, uri }, counts, relationships, undatedPapers, cypherConsole },
    };
  } catch (error) {
    if (!(error instanceof ApiError) || error.statusCode !== 503) throw error;
    return {
      statusCode: 503,
      body: {
        status: 'degraded',
        neo4j: { reachable: false, uri, error: error.message },
        counts: {},
        relationships: null,
        cypherConsole: await context.console.status(),
      },
    };
  }
}

export function registerHealth(app: FastifyInstance, context: ApiContext): void {
  app.get('/api/health', async (_request, reply) => {
    const { statusCode, body } = await health(context);
    return reply.code(statusCode).send(body);
  });
}

