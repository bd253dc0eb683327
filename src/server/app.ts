import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler } from 'fastify-type-provider-zod';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { authPlugin } from '../identity/index.js';
import { errorsPlugin } from '../platform/http/errors.plugin.js';
import { problem, sendProblem } from '../platform/http/problems.js';
import { authRoutes } from '../identity/index.js';
import { boardRoutes } from '../pipeline/index.js';
import { companiesRoutes } from '../clients/index.js';
import { companyActivitiesRoutes } from '../clients/index.js';
import { dashboardRoutes } from '../analytics/index.js';
import { eventsRoutes } from '../live/index.js';
import { globalCompaniesRoutes } from '../discovery/index.js';
import { importsRoutes } from '../discovery/index.js';
import { notificationsRoutes } from '../tasks/index.js';
import { referenceRoutes } from '../pipeline/index.js';
import { remindersRoutes } from '../tasks/index.js';
import { tokensRoutes } from '../identity/index.js';
import { usersRoutes } from '../identity/index.js';
import type { RouteDeps } from '../platform/http/route-deps.js';
import { runJobNow } from '../platform/jobs/run-jobs.js';
import { notifyNewJobsJob } from '../tasks/index.js';
import { validateWithoutTransform } from '../platform/http/zod.js';
import type { TrustProxy } from './trust-proxy.js';

export interface AppOptions {
  db: Db;
  clock?: Clock;
  /** Pino options, or false for silence (tests). */
  logger?: FastifyServerOptions['logger'];
  /** Which reverse proxies' X-Forwarded-* to trust: none (false), a number of hops, or their addresses (see trust-proxy.ts). */
  trustProxy?: TrustProxy;
  /**
   * The site's origin as browsers see it (PUBLIC_ORIGIN, e.g. https://crm.example.nl):
   * cookie-authenticated writes must come from its pages. Default: the address the server listens on.
   */
  publicOrigin?: string;
  /** The built web app to serve at /, if any. */
  webRoot?: string;
}

/** The HTTP API: external plugins, then ours, then one module per resource. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const clock = options.clock ?? systemClock;
  const deps: RouteDeps = {
    db: options.db,
    clock,
    onJobsImported: async () => {
      await runJobNow(options.db, notifyNewJobsJob, clock);
    },
  };
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    // Live-update streams stay open; shutting down must not wait for them.
    forceCloseConnections: true,
    bodyLimit: 256 * 1024,
    // Errors the router raises before any route runs (a malformed or overlong URL).
    frameworkErrors: (error, _request, reply) => sendProblem(reply, problem('validation', `The URL is not valid: ${error.message}`)),
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.setValidatorCompiler(validateWithoutTransform);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'clientpipe API',
        version: '0.1.0',
        description:
          'Client-pipeline CRM for recruitment agencies. Authenticate with the session cookie from POST /api/auth/login, or with `Authorization: Bearer <token>` from POST /api/tokens. Errors are RFC 9457 problem+json.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'cp_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
  app.get('/api/openapi.json', { config: { auth: false }, schema: { hide: true } }, async () => app.swagger());

  await app.register(errorsPlugin);
  await app.register(authPlugin, { ...deps, publicOrigin: options.publicOrigin });

  for (const routes of [
    authRoutes,
    tokensRoutes,
    usersRoutes,
    companiesRoutes,
    companyActivitiesRoutes,
    boardRoutes,
    dashboardRoutes,
    remindersRoutes,
    notificationsRoutes,
    globalCompaniesRoutes,
    importsRoutes,
    referenceRoutes,
    eventsRoutes,
  ]) {
    await app.register(routes, deps);
  }

  if (options.webRoot) await app.register(fastifyStatic, { root: options.webRoot, wildcard: false });
  // Unknown API paths are problems; any other page is the web app, which routes in the browser.
  app.setNotFoundHandler((request, reply) => {
    if (options.webRoot && request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
    return sendProblem(reply, problem('not-found', `There is no ${request.method} ${request.url.split('?')[0]}.`));
  });
  return app;
}
