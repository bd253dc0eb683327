/*
 * Reading the values other systems write: money in Dutch or English
 * notation, dates as d-m-yyyy or ISO, and names compared loosely.
 */

/** Lower case, without accents, with every run of other characters one space: `Café De Gouden  Leeuw` → `cafe de gouden leeuw`. */
export function fold(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * An amount as `€ 3.280,50`, `3280.5`, `EUR 3,280.50` or `1.000` (Dutch
 * thousands) reads as a number; undefined when it is none. With both a dot
 * and a comma, the last one is the decimal separator; with one of them
 * only, it separates thousands when whole groups of three digits follow it,
 * and decimals otherwise.
 */
export function parseMoney(input: string): number | undefined {
  let value = input.replace(/[\s\u00a0]/g, '').replace(/^(€|eur|euro|\$|usd)|(€|eur|euro)$/gi, '');
  if (value === '') return undefined;
  const negative = value.startsWith('-');
  if (negative) value = value.slice(1);
  if (!/^[0-9.,]+$/.test(value) || !/[0-9]/.test(value)) return undefined;
  const dot = value.lastIndexOf('.');
  const comma = value.lastIndexOf(',');
  let normal: string;
  if (dot >= 0 && comma >= 0) {
    const decimal = dot > comma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    normal = value.split(thousands).join('').replace(decimal, '.');
  } else if (dot >= 0 || comma >= 0) {
    const separator = dot >= 0 ? '.' : ',';
    const parts = value.split(separator);
    const grouped = parts.length > 1 && parts.slice(1).every((part) => part.length === 3) && parts[0]!.length <= 3 && parts[0]!.length > 0;
    if (grouped && (separator === '.' || parts.length > 2 || parts[0] !== '0')) normal = parts.join('');
    else if (parts.length === 2) normal = `${parts[0]}.${parts[1]}`;
    else return undefined;
  } else {
    normal = value;
  }
  const number = Number(normal);
  if (!Number.isFinite(number)) return undefined;
  return Math.round((negative ? -number : number) * 100) / 100;
}

/**
 * A day as `24-12-2026`, `24/12/2026`, `24.12.2026` (day first, as Dutch
 * and Pipedrive's European exports write it), `2026-12-24` or an ISO
 * moment, as YYYY-MM-DD; undefined when it is no real day.
 */
export function parseDay(input: string): string | undefined {
  const value = input.trim();
  let year: number, month: number, day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  const european = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (european) [day, month, year] = [Number(european[1]), Number(european[2]), Number(european[3])];
  else return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900 || year > 2200) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Whether the text reads as an e-mail address. */
export function isEmail(value: string): boolean {
  return /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/.test(value) && value.length <= 320;
}

/**
 * How alike two names are, 0–1: 1 when they fold to the same text, 0.9
 * when one holds the other as whole words, otherwise the Dice coefficient
 * of their letter pairs (ignoring spaces).
 */
export function similarity(a: string, b: string): number {
  const x = fold(a);
  const y = fold(b);
  if (x === '' || y === '') return 0;
  if (x === y || x.replace(/ /g, '') === y.replace(/ /g, '')) return 1;
  if (` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `)) return 0.9;
  const pairs = (text: string) => {
    const compact = text.replace(/ /g, '');
    const result = new Map<string, number>();
    for (let i = 0; i < compact.length - 1; i++) {
      const pair = compact.slice(i, i + 2);
      result.set(pair, (result.get(pair) ?? 0) + 1);
    }
    return result;
  };
  const left = pairs(x);
  const right = pairs(y);
  let shared = 0;
  for (const [pair, count] of left) shared += Math.min(count, right.get(pair) ?? 0);
  const total = [...left.values(), ...right.values()].reduce((sum, n) => sum + n, 0);
  return total === 0 ? 0 : (2 * shared) / total;
}
