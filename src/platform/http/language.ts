import { LANGUAGES, type Language } from './messages.js';

/**
 * The language to answer in, from an Accept-Language header (RFC 9110
 * §12.5.4): the supported language the client prefers most (by q-value,
 * then by order; `nl-BE` counts as `nl`, `*` as the default), English when
 * it names none of them.
 */
export function negotiateLanguage(header: string | undefined): Language {
  if (!header) return 'en';
  let best: { language: Language; q: number } | undefined;
  for (const entry of header.split(',').slice(0, 20)) {
    const [range = '', ...parameters] = entry.trim().toLowerCase().split(';');
    const qParameter = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParameter ? Number(qParameter.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0 || q > 1) continue;
    const primary = range.trim().split('-')[0];
    const language = primary === '*' ? 'en' : LANGUAGES.find((l) => l === primary);
    if (language && (!best || q > best.q)) best = { language, q };
  }
  return best?.language ?? 'en';
}
