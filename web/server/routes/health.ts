/** GET /api/health: whether Neo4j answers, counts per label, and whether the console is enabled. */
import type { FastifyInstance } from 'fastify';
import type { HealthResponse } from '../../shared/api.ts';
import type { ApiContext } from '../context.ts';
import { ApiError } from '../errors.ts';
import { graphCounts } from '../queries/counts.ts';

export async function health(context: ApiContext): Promise<{ statusCode: number; body: HealthResponse }> {
  const uri = context.db.connection.uri;
  try {
    const { counts, relationships, undatedPapers } = await context.db.read(graphCounts);
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
