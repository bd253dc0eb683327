import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { DatabaseUnavailableError } from '../db/unavailable.js';
import { isDomainError } from '../errors.js';
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

/**
 * One error handler for the whole app: domain errors and request
 * validation become problem+json with their 4xx status; a lost database
 * connection is a 503; anything else is a logged 500 that says nothing
 * about internals.
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
      const issues = error.validation.map((issue) => ({
        path: [error.validationContext, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
        message: issue.message ?? 'is not valid',
      }));
      const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
      return sendProblem(reply, problem('validation', `Invalid input: ${summary}`, { issues }));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return sendProblem(reply, { ...problem(FASTIFY_4XX[status] ?? 'validation', error.message), status });
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, problem('internal', `Something went wrong on our side. Quote request id ${request.id} when reporting it.`));
  });

});
