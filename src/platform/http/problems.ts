import type { FastifyReply } from 'fastify';
import { RETRY_AFTER_SECONDS } from '../db/unavailable.js';
import { summarize, type AnyDomainError, type FieldIssue, type GateMissing } from '../errors.js';
import { negotiateLanguage } from './language.js';
import { format, translate, type Language } from './messages.js';

/*
 * RFC 9457 problem details. Domain codes become HTTP statuses here and only
 * here; `type` ends in a stable slug clients can switch on.
 */

export const PROBLEM_TYPES = {
  'invalid-transition': { status: 422, title: 'This status change is not allowed' },
  'loss-reason-required': { status: 422, title: 'A loss reason is required' },
  'gates-required': { status: 422, title: 'This stage asks for more before a record may enter it' },
  validation: { status: 400, title: 'The request is not valid' },
  'not-found': { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  unauthorized: { status: 401, title: 'Not logged in' },
  forbidden: { status: 403, title: 'Forbidden' },
  'rate-limited': { status: 429, title: 'Too many attempts' },
  'payload-too-large': { status: 413, title: 'The request body is too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported content type' },
  internal: { status: 500, title: 'Internal server error' },
  unavailable: { status: 503, title: 'Service unavailable' },
} as const;

export type ProblemType = keyof typeof PROBLEM_TYPES;

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  /** Valid target stages, for invalid-transition. */
  allowed?: readonly string[];
  /** The stage gates a move did not satisfy, for gates-required and loss-reason-required. */
  missing?: readonly GateMissing[];
  /** Offending fields, for validation. */
  issues?: readonly FieldIssue[];
  /** The record that already exists, for conflict. */
  existingCompanyId?: string;
}

export function problem(type: ProblemType, detail: string, extras: Partial<Problem> = {}): Problem {
  const { status, title } = PROBLEM_TYPES[type];
  return { type: `/problems/${type}`, title, status, detail, ...extras };
}

/** The problem a domain error stands for. */
export function problemFor(error: AnyDomainError): Problem {
  switch (error.code) {
    case 'INVALID_TRANSITION':
      return problem('invalid-transition', error.message, { allowed: error.data.allowed });
    case 'LOSS_REASON_REQUIRED':
      return problem('loss-reason-required', error.message, { missing: error.data.missing });
    case 'GATES_REQUIRED':
      return problem('gates-required', error.message, { missing: error.data.missing });
    case 'VALIDATION':
      return problem('validation', error.message, { issues: error.data.issues });
    case 'NOT_FOUND':
      return problem('not-found', error.message);
    case 'CONFLICT':
      return problem('conflict', error.message, error.data.existingCompanyId ? { existingCompanyId: error.data.existingCompanyId } : {});
    case 'UNAUTHORIZED':
      return problem('unauthorized', error.message);
    case 'FORBIDDEN':
      return problem('forbidden', error.message);
    default:
      return assertUnreachable(error);
  }
}

/**
 * Sends a problem in the language the client asks for (Accept-Language:
 * Dutch or English): title, detail and every field message.
 */
export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  const language = negotiateLanguage(reply.request.headers['accept-language']);
  // Unavailable is temporary by definition: say when to come back (RFC 9110 §10.2.3).
  if (body.status === 503 && !reply.hasHeader('retry-after')) reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  const vary = reply.getHeader('vary');
  reply.header('vary', vary ? `${String(vary)}, Accept-Language` : 'Accept-Language');
  return reply.code(body.status).type('application/problem+json').header('content-language', language).send(localizeProblem(body, language));
}

/** The problem in one language; issues keep only their path and message. */
export function localizeProblem(body: Problem, language: Language): Problem {
  const issues = body.issues?.map((issue) => ({
    path: issue.path,
    message: language === 'nl' ? (issue.nl ?? translate(issue.message, 'nl')) : issue.message,
  }));
  const detail =
    body.type === '/problems/validation' && issues && issues.length > 0
      ? format('Invalid input: {issues}', { issues: summarize(issues) }, language)
      : translate(body.detail, language);
  return { ...body, title: translate(body.title, language), detail, ...(issues ? { issues } : {}) };
}

function assertUnreachable(value: never): never {
  throw new Error(`Unhandled domain error: ${JSON.stringify(value)}`);
}
