import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { setApiLanguage } from '../api/client';
import { formatNumber, LOCALE_TAGS } from './format-number';
import { messages, type Locale, type MessageKey } from './messages';

interface I18n {
  locale: Locale;
  /** The BCP 47 tag for Intl formatters: nl-NL or en-GB. */
  tag: string;
  setLocale(locale: Locale): void;
  /** The label for `key`, with `{name}` placeholders filled from `vars`. */
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** A date-time in the user's language. */
  formatDateTime(value: string | Date): string;
  /** A date without the time, in the user's language. */
  formatDate(value: string | Date): string;
  /** A number with the user's grouping ("1.234" or "1,234"). */
  formatNumber(value: number): string;
  /** "3 days ago" in the user's language. */
  formatRelative(value: string | Date): string;
}

const I18nContext = createContext<I18n | null>(null);
const STORAGE_KEY = 'clientpipe.locale';

/** Dutch unless the browser prefers English (or the user chose before). */
export function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'nl' || stored === 'en') return stored;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** The page's language for assistive technology, and the API's for problem details (Accept-Language). */
function applyLocale(locale: Locale) {
  document.documentElement.lang = locale;
  setApiLanguage(locale);
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const first = initialLocale();
    applyLocale(first);
    return first;
  });
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    applyLocale(next);
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const tag = LOCALE_TAGS[locale];
    const relative = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
    return {
      locale,
      tag,
      setLocale,
      t: (key, vars) => translate(locale, key, vars),
      formatDateTime: (v) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(v)),
      formatDate: (v) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium' }).format(new Date(v)),
      formatNumber: (v) => formatNumber(v, locale),
      formatRelative: (v) => {
        const seconds = (new Date(v).getTime() - Date.now()) / 1000;
        const units: [Intl.RelativeTimeFormatUnit, number][] = [['year', 31_536_000], ['month', 2_592_000], ['day', 86_400], ['hour', 3_600], ['minute', 60]];
        for (const [unit, size] of units) if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
        return relative.format(Math.round(seconds), 'second');
      },
    };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** A message in a language, its `{name}` placeholders filled from `vars` (a missing one stays visible). */
export function translate(locale: Locale, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return messages[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
