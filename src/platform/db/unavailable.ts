/*
 * The database went away (restart, failover, network): not a fault in the
 * request, and not one that lasts. The PostgreSQL driver turns exactly
 * these errors into DatabaseUnavailableError; HTTP answers them with 503
 * and Retry-After, and the pool reconnects on the next query. PGlite runs
 * in-process and has no connection to lose, so its errors are never this.
 */

/** Seconds a client should wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
  constructor(cause: unknown) {
    super(`The database is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** Socket errors of a connection that could not be made or was cut. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** What the `pg` client and pool say when a connection ended or never came. */
const CLIENT_MESSAGES = [/^Connection terminated/, /is not queryable/, /^timeout exceeded when trying to connect/, /^Cannot use a pool after calling end/];

/**
 * Whether an error from the `pg` driver means the connection is lost. A
 * server error counts only when it is FATAL or PANIC, the severities after
 * which the server ends the session (shutdown 57P01, crash 57P02, starting
 * up 57P03, too many connections 53300...); the same SQLSTATE raised as an
 * ordinary ERROR (`raise ... using errcode`) is a fault like any other.
 */
export function isConnectionLoss(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  if (typeof severity === 'string') return severity === 'FATAL' || severity === 'PANIC';
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
  return CLIENT_MESSAGES.some((pattern) => pattern.test(error.message));
}

/** Rethrows a connection loss as DatabaseUnavailableError, anything else as it is. */
export function translateConnectionLoss(error: unknown): never {
  if (isConnectionLoss(error)) throw new DatabaseUnavailableError(error);
  throw error;
}
