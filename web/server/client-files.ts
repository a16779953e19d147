/** Serves the built client at `/`, with every non-API path falling back to index.html (client-side routing). */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { ApiErrorBody } from '../shared/api.ts';

export async function serveClient(app: FastifyInstance, clientDir: string): Promise<void> {
  const root = resolve(clientDir);
  const built = existsSync(resolve(root, 'index.html'));
  // Source maps are never served, even from a build that has them: they would publish the client's source.
  const allowedPath = (path: string): boolean => !path.toLowerCase().endsWith('.map');
  if (built) await app.register(fastifyStatic, { root, prefix: '/', wildcard: true, index: ['index.html'], allowedPath });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    if (path === '/api' || path.startsWith('/api/')) {
      const body: ApiErrorBody = { error: 'not_found', message: `No API endpoint ${request.method} ${path}.` };
      return reply.code(404).send(body);
    }
    if (!built || (request.method !== 'GET' && request.method !== 'HEAD') || !allowedPath(path)) {
      const body: ApiErrorBody = {
        error: 'not_found',
        message: built ? `Nothing at ${path}.` : `The web client is not built (no ${root}/index.html): run \`npm run build\`.`,
      };
      return reply.code(404).send(body);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
