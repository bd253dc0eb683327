import type { ImportEvent } from '../../../api/client';
import { translate } from '../../../i18n/i18n';
import { importIssuesEn } from '../../../i18n/import.messages';
import type { Locale } from '../../../i18n/messages';

type Rejection = NonNullable<ImportEvent['rejected']>[number];

/** One reason a row was refused: the column it is about (none for the row as a whole) and what is wrong. */
export interface ReasonPart {
  field?: string;
  text: string;
}

/**
 * Why the import refused a row, in the user's language: one part per issue,
 * from its code. When the server sends no codes, or one this app does not
 * know (a newer server), the row keeps the server's English reason.
 */
export function rejectionReasons(rejection: Rejection, locale: Locale, formatNumber: (n: number) => string): { parts: ReasonPart[]; translated: boolean } {
  // A server from before the codes sends none.
  const issues = rejection.issues ?? [];
  const known = issues.length > 0 && issues.every((issue) => Object.hasOwn(importIssuesEn, `import.issue.${issue.code}`));
  if (!known) return { parts: [{ text: rejection.reason }], translated: false };
  const parts = issues.map(({ field, code, params = {} }) => {
    const vars = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'number' ? formatNumber(value) : value]));
    const text = translate(locale, `import.issue.${code}`, vars);
    const item = params.item;
    return field === undefined ? { text } : { field: item === undefined ? field : `${field} #${item}`, text };
  });
  return { parts, translated: true };
}
