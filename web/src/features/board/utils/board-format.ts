import type { Localized } from '../../../api/client';

type Locale = keyof Localized;

/** The number and date conventions of each UI language. */
const TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

const euros = new Map<Locale, Intl.NumberFormat>();

/** An amount in whole euros as the language writes it: nl "€ 3.280", en "€3,280". */
export function formatEuros(amount: number, locale: Locale): string {
  let format = euros.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(TAGS[locale], { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 });
    euros.set(locale, format);
  }
  return format.format(Math.round(amount));
}

/** A calendar day (YYYY-MM-DD) as the language writes it, e.g. nl "1 apr 2027", en "1 Apr 2027"; the day itself, whatever the time zone. */
export function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(TAGS[locale], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** The weighted forecast of a column: its value sum times its win probability. */
export function forecast(valueSum: number, probability: number | null): number | null {
  return probability === null ? null : (valueSum * probability) / 100;
}
