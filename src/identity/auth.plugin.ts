import '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Clock } from '../platform/clock.js';
import { DomainError, forbidden } from '../platform/errors.js';
import type { Actor } from './domain/roles.js';
import type { Db } from '../platform/db/database.js';
import { authenticateApiToken } from './authenticate-api-token.js';
import { authenticateSession } from './authenticate-session.js';
import { AuthCache } from './auth-cache.js';
import { onAccessChange } from './access-changes.js';
import { SESSION_DAYS } from './open-session.js';

export const SESSION_COOKIE = 'cp_session';

declare module 'fastify' {
  interface FastifyInstance {
    /** Who recently used which secret; see AuthCache. */
    authCache: AuthCache;
    /** The origins whose pages may write with the session cookie (see ownOrigins). */
    ownOrigins(): readonly string[];
  }
  interface FastifyRequest {
    /** Who is calling; set by the auth hook for every non-public route. */
    actor: Actor | null;
    /** How the caller proved who they are. */
    authenticatedBy: 'session' | 'token' | null;
  }
  interface FastifyContextConfig {
    /** False for the few routes anyone may call (login, health, docs). */
    auth?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Authenticates every route unless it says `config: { auth: false }`:
 * a session cookie or `Authorization: Bearer <token>`. Cookie-authenticated
 * writes must come from this site's own pages (Origin or Referer check),
 * which stops cross-site request forgery; bearer tokens are not sent by
 * browsers on their own, so they need no such check.
 */
export const authPlugin = fp(async (app: FastifyInstance, options: { db: Db; clock: Clock; publicOrigin?: string | undefined }) => {
  const configured = options.publicOrigin === undefined ? undefined : originOf(options.publicOrigin);
  if (options.publicOrigin !== undefined && !configured) throw new Error(`PUBLIC_ORIGIN is not a URL: ${options.publicOrigin}`);
  let listened: readonly string[] | undefined;
  app.decorate('ownOrigins', () => (configured ? [configured] : (listened ??= listenOrigins(app))));
  app.decorateRequest('actor', null);
  app.decorateRequest('authenticatedBy', null);
  const cache = new AuthCache(options.clock);
  app.decorate('authCache', cache);
  // Whatever ends access on any instance ends it here at once (access-changes.ts); the TTL covers a missed event.
  const stopForgetting = onAccessChange((change) =>
    'userId' in change ? cache.forgetUser(change.agencyId, change.userId) : cache.forgetAgency(change.agencyId, change.roleKey),
  );
  app.addHook('onClose', async () => stopForgetting());

  /** The actor a secret stands for, from the cache or the database. */
  async function resolve(secret: string, lookup: typeof authenticateSession): Promise<Actor | null> {
    const cached = cache.get(secret);
    if (cached) return cached;
    const actor = await lookup(options.db, secret, options.clock);
    if (actor) cache.set(secret, actor);
    return actor;
  }

  app.addHook('onRequest', async (request) => {
    const url = request.routeOptions.url;
    // Only the API needs a login; unknown routes get their 404; the API reference pages are public.
    if (url === undefined || !url.startsWith('/api/') || request.routeOptions.config.auth === false || url.startsWith('/api/docs')) return;
    const bearer = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const cookie = request.cookies[SESSION_COOKIE];
    if (bearer) {
      request.actor = await resolve(bearer, authenticateApiToken);
      request.authenticatedBy = 'token';
    } else if (cookie) {
      request.actor = await resolve(cookie, authenticateSession);
      request.authenticatedBy = 'session';
    }
    if (!request.actor) throw new DomainError('UNAUTHORIZED', 'Log in or send a valid API token.', {});
    if (request.authenticatedBy === 'session' && !SAFE_METHODS.has(request.method)) assertSameOrigin(request);
  });
});

/**
 * Refuses a state-changing request whose Origin (or Referer) is not this
 * site's public origin. Not the Host header: the client chooses that.
 */
export function assertSameOrigin(request: FastifyRequest): void {
  const origin = originOf(request.headers.origin ?? request.headers.referer);
  if (!origin || !request.server.ownOrigins().includes(origin)) throw forbidden('send this request from another site (cross-site requests are refused)');
}

const LOOPBACK_OR_ANY = new Set(['127.0.0.1', '::1', '0.0.0.0', '::']);

/**
 * Without PUBLIC_ORIGIN, the address the server listens on. A loopback or
 * wildcard address stands for this machine under each of its loopback
 * names (a browser here may open localhost or 127.0.0.1); other machines
 * reach a wildcard address under names only PUBLIC_ORIGIN can tell. Before
 * the server listens (app.inject) no origin is this site's.
 */
function listenOrigins(app: FastifyInstance): readonly string[] {
  const address = app.server.address();
  if (!address || typeof address === 'string') return [];
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const names = LOOPBACK_OR_ANY.has(address.address) ? [host, 'localhost', '127.0.0.1', '[::1]'] : [host];
  return names.map((name) => originOf(`http://${name}:${address.port}`)).filter((origin): origin is string => origin !== undefined);
}

/** The normalised origin of a URL (default ports dropped), or undefined. */
function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** The caller of an authenticated route. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new DomainError('UNAUTHORIZED', 'Log in or send a valid API token.', {});
  return request.actor;
}

/** Hands the browser its session: an httpOnly cookie for the whole site (Secure over HTTPS). */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    path: '/',
    maxAge: SESSION_DAYS * 86_400,
  });
}
