import type { Locale } from './messages';

/** The number conventions of each UI language (the same tags the i18n provider gives Intl). */
export const LOCALE_TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

const formats = new Map<Locale, Intl.NumberFormat>();

/**
 * A count or amount with the UI language's grouping and decimal mark:
 * nl 3.280 and 1.234,5; en 3,280 and 1,234.5. The one number formatter of
 * the web app (useI18n().formatNumber is this), so no screen shows a raw
 * number or the browser's own locale.
 */
export function formatNumber(value: number, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_TAGS[locale]);
    formats.set(locale, format);
  }
  return format.format(value);
}
