/** Euros in the user's language: "€ 3.280" (nl-NL), "€3,280" (en-GB); cents only when there are any. */
export function formatEuros(value: number, tag: string): string {
  const cents = !Number.isInteger(value);
  return new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: 2 }).format(value);
}

/** What a user typed as an amount: "3.280,50" (nl) or "3,280.50" (en) or plain "3280.5"; undefined when it is no amount. */
export function parseEuros(raw: string, locale: 'nl' | 'en'): number | undefined {
  let text = raw.replace(/[€\s\u00a0]/g, '');
  if (text === '') return undefined;
  const [group, decimal] = locale === 'nl' ? ['.', ','] : [',', '.'];
  // "3280.5" in Dutch is a decimal point, not grouping: grouping takes exactly three digits.
  const grouped = new RegExp(`^\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
  if (grouped.test(text)) text = text.split(group).join('');
  text = text.replace(decimal, '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}
