import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { DatabaseUnavailableError } from '../db/unavailable.js';
import { isDomainError, summarize } from '../errors.js';
import { problem, problemFor, sendProblem, type ProblemType } from './problems.js';

/** Fastify's own 4xx errors by the problem type they are. */
const FASTIFY_4XX: Record<number, ProblemType> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  429: 'rate-limited',
};

/** Our words (in the catalogue, so also Dutch) for the framework's own errors, by their code. */
const FASTIFY_MESSAGES: Record<string, (request: FastifyRequest) => string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () => 'The body is not valid JSON.',
  FST_ERR_CTP_EMPTY_JSON_BODY: () => 'The body is empty, but its content type says JSON.',
  FST_ERR_CTP_BODY_TOO_LARGE: () => 'The request body is too large.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: (request) => `Send JSON (application/json), not ${request.headers['content-type']?.split(';')[0] ?? 'nothing'}.`,
};

/** A field error from the route's validator (see zod.ts, which puts zod's Dutch in `params.nl`). */
interface RouteIssue {
  instancePath: string;
  message?: string;
  params?: { nl?: string };
}

/**
 * One error handler for the whole app: domain errors and request
 * validation become problem+json with their 4xx status; a lost database
 * connection is a 503; anything else is a logged 500 that says nothing
 * about internals. Texts are translated when sent (problems.ts).
 */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isDomainError(error)) return sendProblem(reply, problemFor(error));
    // The database went away (restart, failover): the client may retry, the pool reconnects by itself.
    if (error instanceof DatabaseUnavailableError) {
      request.log.warn({ err: error }, 'database unavailable');
      return sendProblem(reply, problem('unavailable', 'The database is not reachable right now. Try again in a few seconds.'));
    }
    if (error.validation) {
      const issues = (error.validation as RouteIssue[]).map((issue) => ({
        path: [error.validationContext, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
        message: issue.message ?? 'is not valid',
        ...(issue.params?.nl ? { nl: issue.params.nl } : {}),
      }));
      return sendProblem(reply, problem('validation', `Invalid input: ${summarize(issues)}`, { issues }));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const detail = FASTIFY_MESSAGES[error.code]?.(request) ?? error.message;
      return sendProblem(reply, { ...problem(FASTIFY_4XX[status] ?? 'validation', detail), status });
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, problem('internal', `Something went wrong on our side. Quote request id ${request.id} when reporting it.`));
  });
});
