import type { Figure } from '../../../api/client';

/** `2026-Q1` → year and quarter number. */
export function quarterParts(quarter: string): { year: number; q: number } {
  const [year, q] = quarter.split('-Q').map(Number);
  return { year: year!, q: q! };
}

/**
 * The months of a quarter in the user's language, from Intl: "jan – mrt 2026",
 * "Jan – Mar 2026".
 */
export function quarterMonths(quarter: string, tag: string): string {
  const { year, q } = quarterParts(quarter);
  const format = new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return format.formatRange(new Date(Date.UTC(year, (q - 1) * 3, 1)), new Date(Date.UTC(year, (q - 1) * 3 + 2, 1))).replace(/\./g, '');
}

/** A ratio (0–1) as a percentage in the user's language: "33 %" / "33%"; "–" for none. */
export function formatPercent(ratio: number | null, tag: string, digits = 0): string {
  if (ratio === null) return '–';
  return new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: digits }).format(ratio);
}

/** Days with at most one decimal in the user's language: "12,5" / "12.5"; "–" for none. */
export function formatDays(days: number | null, tag: string): string {
  if (days === null) return '–';
  return new Intl.NumberFormat(tag, { maximumFractionDigits: days < 10 ? 1 : 0 }).format(days);
}

export type Trend = 'up' | 'down' | 'flat' | 'new' | 'none';

/** Which way a figure went against the previous period: `new` from zero, `none` when both are zero. */
export function trendOf(figure: Figure): Trend {
  if (figure.change === null) return figure.current > 0 ? 'new' : 'none';
  if (figure.change > 0) return 'up';
  if (figure.change < 0) return 'down';
  return 'flat';
}

/** "▲ 25 %" / "▼ 10 %" / "0 %": the change as an arrow and a percentage without sign. */
export function formatChange(figure: Figure, tag: string): string {
  const trend = trendOf(figure);
  const percent = formatPercent(Math.abs(figure.change ?? 0), tag);
  return trend === 'up' ? `▲ ${percent}` : trend === 'down' ? `▼ ${percent}` : percent;
}

// Formatters are costly to make and a chart asks for one per tick and bar.
const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * An amount in euros (the expected values' currency) in the user's
 * language: whole euros ("€ 12.500" / "€12,500"), or compact for an axis
 * ("€ 13K" / "€13K").
 */
export function formatMoney(value: number, tag: string, compact = false): string {
  const key = `${tag}|${compact}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, ...(compact ? { notation: 'compact' } : {}) });
    moneyFormats.set(key, format);
  }
  return format.format(value);
}
