import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { isDomainError, validationError, type FieldIssue } from '../platform/errors.js';
import { PASSWORD_MESSAGES, type PasswordIssue } from './domain/password-policy.js';

/** The English password messages, to find them in an error. */
const ISSUE_OF = new Map(Object.entries(PASSWORD_MESSAGES.en).map(([issue, message]) => [message, issue as PasswordIssue]));

/** Whether the caller prefers Dutch to English (Accept-Language, by weight; English when neither is named). */
export function prefersDutch(request: FastifyRequest): boolean {
  const ranked = String(request.headers['accept-language'] ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? 1);
      return { language: tag.split('-')[0], q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => (entry.language === 'nl' || entry.language === 'en') && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.language === 'nl';
}

/**
 * Answers the password rules' field errors in Dutch when the caller prefers
 * it, then hands the error on to the app's error handler. For the routes of
 * one plugin (Fastify scopes error handlers by plugin).
 */
export function localizePasswordErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request) => {
    if (!prefersDutch(request)) throw error;
    const dutch = (message: string) => {
      const issue = ISSUE_OF.get(message);
      return issue ? PASSWORD_MESSAGES.nl[issue] : message;
    };
    if (error.validation) {
      // The app's handler builds the issues and the detail from these messages.
      for (const item of error.validation) if (item.message) item.message = dutch(item.message);
      throw error;
    }
    if (isDomainError(error) && error.code === 'VALIDATION') {
      throw validationError(error.data.issues.map((issue): FieldIssue => ({ ...issue, message: dutch(issue.message) })));
    }
    throw error;
  });
}
