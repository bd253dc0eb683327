/*
 * Keys of new stages, checklist items, fields and options: derived once
 * from the English name (lower_snake, as the server's key rule demands:
 * a letter first, then letters, digits and _, at most 40) and unique among
 * their siblings. An existing key never changes: history refers to it.
 */
const MAX = 40;

/** `name` as a key: accents dropped, anything else between words an underscore; `fallback` when nothing usable is left. */
export function keyFromName(name: string, fallback: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!base) return fallback;
  const lettered = /^[a-z]/.test(base) ? base : `${fallback}_${base}`;
  return lettered.slice(0, MAX).replace(/_+$/, '');
}

/** The key derived from `name`, with `_2`, `_3` … added (and the base shortened to fit) when a sibling has it. */
export function uniqueKey(name: string, taken: Iterable<string>, fallback: string): string {
  const used = new Set(taken);
  const base = keyFromName(name, fallback);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${base.slice(0, MAX - suffix.length).replace(/_+$/, '')}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}
