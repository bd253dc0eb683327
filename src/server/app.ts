import { randomUUID } from 'node:crypto';
import { relative, sep } from 'node:path';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import fastifyStatic, { type FastifyStaticOptions } from '@fastify/static';
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
import { companiesRoutes, companyListRoutes, companyViewsRoutes } from '../clients/index.js';
import { companyActivitiesRoutes } from '../clients/index.js';
import { contactsRoutes } from '../clients/index.js';
import { searchRoutes } from '../clients/index.js';
import { dashboardRoutes } from '../analytics/index.js';
import { eventsRoutes } from '../live/index.js';
import { globalCompaniesRoutes } from '../discovery/index.js';
import { importsRoutes } from '../discovery/index.js';
import { notificationsRoutes } from '../tasks/index.js';
import { referenceRoutes } from '../pipeline/index.js';
import { pipelinesRoutes } from '../pipeline/index.js';
import { remindersRoutes } from '../tasks/index.js';
import { tokensRoutes } from '../identity/index.js';
import { usersRoutes } from '../identity/index.js';
import { invitesRoutes } from '../identity/index.js';
import { accessRoutes } from '../identity/index.js';
import { clientImportRoutes } from '../client-import/index.js';
import { automationRoutes, installAutomation, scanRulesJob } from '../automation/index.js';
import { dossierOverviewRoutes, dossiersRoutes } from '../dossiers/index.js';
import type { RouteDeps } from '../platform/http/route-deps.js';
import { runJobNow } from '../platform/jobs/run-jobs.js';
import { notifyNewJobsJob } from '../tasks/index.js';
import { moveWhenJobsClosedJob } from '../pipeline/index.js';
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
  // Event-driven trigger rules run in the transaction of every appended activity (docs/automation.md).
  installAutomation();
  const deps: RouteDeps = {
    db: options.db,
    clock,
    onJobsImported: async () => {
      await runJobNow(options.db, notifyNewJobsJob, clock);
      // Closed jobs may have left clients without an open one (Active → Dormant).
      await runJobNow(options.db, moveWhenJobsClosedJob, clock);
      // Rules on "new jobs arrived" and "all jobs closed" see the import now.
      await runJobNow(options.db, scanRulesJob, clock);
    },
  };
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    // Live-update streams stay open; shutting down must not wait for them.
    forceCloseConnections: true,
    bodyLimit: 256 * 1024,
    // Errors the router raises before any route runs (a malformed or overlong URL).
    frameworkErrors: (_error, _request, reply) => sendProblem(reply, problem('validation', 'The URL is not valid.')),
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

  await app.register(helmet, { contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY }, referrerPolicy: { policy: 'same-origin' }, frameguard: { action: 'deny' } });
  // Request bodies are taken as sent: inflating them would let a small upload grow past every size limit.
  await app.register(compress, { globalDecompression: false });
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
  // Under the CSP: no validator badge (an image from validator.swagger.io) and the plain layout, without
  // the top bar, whose logo is an SVG with an inline style element.
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list', validatorUrl: null, layout: 'BaseLayout' } });
  app.get('/api/openapi.json', { config: { auth: false }, schema: { hide: true } }, async () => app.swagger());

  await app.register(errorsPlugin);
  await app.register(authPlugin, { ...deps, publicOrigin: options.publicOrigin });

  for (const routes of [
    authRoutes,
    tokensRoutes,
    usersRoutes,
    invitesRoutes,
    accessRoutes,
    companiesRoutes,
    companyListRoutes,
    companyViewsRoutes,
    companyActivitiesRoutes,
    contactsRoutes,
    boardRoutes,
    pipelinesRoutes,
    dashboardRoutes,
    remindersRoutes,
    notificationsRoutes,
    globalCompaniesRoutes,
    importsRoutes,
    clientImportRoutes,
    automationRoutes,
    searchRoutes,
    referenceRoutes,
    eventsRoutes,
    dossierOverviewRoutes,
    dossiersRoutes,
  ]) {
    await app.register(routes, deps);
  }

  if (options.webRoot) await app.register(fastifyStatic, webAppFiles(options.webRoot));
  // Unknown API paths and missing files are problems; any other page is the web app, which routes in the browser (and has its own not-found page).
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    if (options.webRoot && isPage(request.method, path)) return reply.sendFile('index.html');
    return sendProblem(reply, problem('not-found', `There is no ${request.method} ${path}.`));
  });
  return app;
}

/**
 * What the browser may load: only this origin's own scripts, styles and
 * data (the built web app and Swagger UI have no inline script or style
 * element; React sets styles through the DOM, which CSP allows), images
 * also as data: URIs (Swagger UI's icons), and no page may frame ours.
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Vite names the files under assets/ by their content hash: a changed file is a new URL. */
const HASHED = /^\/assets\/.+-[\w-]{8,}\.\w+$/;

/** The built web app: hashed assets cached for a year, everything else revalidated each time, no source maps. */
function webAppFiles(root: string): FastifyStaticOptions {
  return {
    root,
    wildcard: false,
    cacheControl: false,
    allowedPath: (pathname) => !pathname.endsWith('.map'),
    setHeaders: (response, file) => {
      const path = `/${relative(root, file).split(sep).join('/')}`;
      response.setHeader('cache-control', HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  };
}

/** A page of the web app: a GET outside /api whose last segment is not a file name (those are 404 when missing). */
function isPage(method: string, path: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (path === '/api' || path.startsWith('/api/')) return false;
  return !/\.[A-Za-z0-9]+$/.test(path.slice(path.lastIndexOf('/') + 1));
}
