/* Dutch wording and URL slugs for the generated market. */

/** A round number below `count`, as a company page says it ("ruim 250 medewerkers"). */
export function roughly(count: number): number {
  const step = count < 100 ? 5 : count < 1_000 ? 50 : 500;
  return Math.max(step, Math.floor(count / step) * step);
}

const slugs = new Map<string, string>();

/** `'s-Hertogenbosch Zorg & Welzijn` → `s-hertogenbosch-zorg-en-welzijn`. */
export function slugify(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    slug = slugOf(text);
    if (slugs.size < 50_000) slugs.set(text, slug);
  }
  return slug;
}

function slugOf(text: string): string {
  return text
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/&/g, 'en')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export const reportsTo = (manager: string) => (/^Hoofd\b/.test(manager) ? `het ${manager}` : `de ${manager}`);
export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
export const euros = (amount: number) => String(amount).replace(/\B(?=(\d{3})+$)/g, '.');
export const list = (items: readonly string[], and: string) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}` : (items[0] ?? ''));
