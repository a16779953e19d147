/**
 * Access token for /api calls. Bound to loopback the server trusts the machine; bound anywhere else it demands
 * the token (Authorization: Bearer … or ?token=…) on every API call.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from './errors.ts';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || host.startsWith('127.');
}

/** The token in force: given explicitly, else PAPERGRAPH_TOKEN, else generated when the host is not loopback. */
export function resolveToken(host: string, given: string | undefined, env: NodeJS.ProcessEnv = process.env): string | null {
  const token = given ?? env.PAPERGRAPH_TOKEN;
  if (token) return token;
  return isLoopback(host) ? null : randomBytes(24).toString('base64url');
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

export function presentedToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  const query = request.query as Record<string, unknown> | undefined;
  return typeof query?.token === 'string' ? query.token : null;
}

/** Whether a request is for the API, however its path is spelled (the router decodes `%61pi` to `api`). */
export function isApiRequest(request: FastifyRequest): boolean {
  if (request.routeOptions.url?.startsWith('/api')) return true;
  let path = request.url.split('?')[0];
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape cannot route anywhere; judge the raw path.
  }
  return path.replace(/\/+/g, '/').toLowerCase().startsWith('/api');
}

export function requireToken(app: FastifyInstance, token: string): void {
  const expected = digest(token);
  app.addHook('onRequest', async (request) => {
    if (!isApiRequest(request)) return;
    const presented = presentedToken(request);
    // Compare digests: equal length, constant time.
    if (presented === null || !timingSafeEqual(digest(presented), expected)) {
      throw new ApiError(
        401,
        'unauthorized',
        'This server needs its access token: send "Authorization: Bearer <token>" or add ?token=<token>.',
      );
    }
  });
}

/** Host names a browser may use to reach this server bound to loopback: exactly these, with or without a port. */
const LOOPBACK_HOST_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** Extra names for the Host check (PAPERGRAPH_ALLOWED_HOSTS, comma-separated), e.g. a name in /etc/hosts. */
export function allowedHostNames(env: NodeJS.ProcessEnv = process.env): Set<string> {
  const configured = (env.PAPERGRAPH_ALLOWED_HOSTS ?? '').split(',').map((name) => name.trim().toLowerCase());
  return new Set([...LOOPBACK_HOST_NAMES, ...configured.filter(Boolean)]);
}

/** The name part of a Host header (`name`, `name:port`, `[v6]:port`), or null when it is not of that shape. */
export function hostHeaderName(header: string): string | null {
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::\d{1,5})?$/i.exec(header.trim());
  return match ? match[1].toLowerCase() : null;
}

/**
 * Without a token the API trusts loopback callers only. A web page elsewhere could still reach 127.0.0.1 through
 * DNS rebinding, but its requests carry its own host name (`127.0.0.1.nip.io` too): accept only the exact loopback
 * names and the configured ones in the Host header.
 */
export function requireLoopbackHost(app: FastifyInstance, allowed: Set<string> = allowedHostNames()): void {
  app.addHook('onRequest', async (request) => {
    const name = hostHeaderName(request.headers.host ?? '');
    if (name === null || !allowed.has(name)) {
      throw new ApiError(
        403,
        'forbidden_host',
        `Host "${request.headers.host ?? ''}" is not this machine; open the explorer at 127.0.0.1 or localhost, or add the name to PAPERGRAPH_ALLOWED_HOSTS.`,
      );
    }
  });
}
