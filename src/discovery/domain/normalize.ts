/**
 * Canonical forms of company identifiers, so one real-world company maps to
 * one GlobalCompany (SPEC R1.1).
 */

/** `https://www.Example.com/jobs` → `example.com`; undefined when there is no host. */
export function normalizeWebsiteDomain(input: string): string | undefined {
  let value = input.trim().toLowerCase();
  if (!value) return undefined;
  value = value.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  value = value.split(/[/?#]/, 1)[0] ?? '';
  value = value.replace(/:\d+$/, '').replace(/^www\./, '').replace(/\.$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(value) ? value : undefined;
}

/**
 * `http://nl.linkedin.com/company/Acme/?trk=x` → `https://www.linkedin.com/company/acme`;
 * undefined when it is not a LinkedIn company, school or profile page.
 */
export function normalizeLinkedinUrl(input: string): string | undefined {
  const value = input.trim();
  if (!value) return undefined;
  const match = /^(?:https?:\/\/)?(?:[a-z]{2,3}\.|www\.)?linkedin\.com\/(company|school|showcase|in)\/([^/?#\s]+)/i.exec(value);
  if (!match) return undefined;
  const [, kind, slug] = match;
  // A broken %-escape, or one that decodes to a control character, is no profile.
  const name = (() => { try { return decodeURIComponent(slug!); } catch { return undefined; } })();
  if (name === undefined || /[\u0000-\u001F\u007F-\u009F]/.test(name)) return undefined;
  return `https://www.linkedin.com/${kind!.toLowerCase()}/${name.toLowerCase()}`;
}
