import { ApiError } from '../api/client';
import type { MessageKey } from '../i18n/messages';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * What the UI says when a call failed: the server's problem `detail` (which
 * follows Accept-Language), or our own words when there is none — no
 * connection, or an answer without a problem body.
 */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.message) return error.message;
    return error.status === 0 ? t('common.networkError') : t('common.serverError', { status: error.status });
  }
  return error instanceof Error && error.message ? error.message : t('common.serverError', { status: '?' });
}
