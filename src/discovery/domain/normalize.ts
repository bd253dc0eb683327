/**
 * Canonical forms of company identifiers, so one real-world company maps to
 * one GlobalCompany (SPEC R1.1).
 */

/** `https://www.Example.com/jobs` → `example.com`; undefined when there is no host, or the address is not a web one (`ftp://…`). */
export function normalizeWebsiteDomain(input: string): string | undefined {
  let value = input.trim().toLowerCase();
  if (!value || hasOtherScheme(value)) return undefined;
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
  const [, kind, encoded] = match;
  let slug: string;
  try {
    slug = decodeURIComponent(encoded!).toLowerCase();
  } catch {
    return undefined; // a bad escape such as %E0%A4%A
  }
  // Decoded, a slug holds no separator, space or control character (a NUL cannot even be stored).
  if (/[\s/?#\p{Cc}]/u.test(slug)) return undefined;
  return `https://www.linkedin.com/${kind!.toLowerCase()}/${slug}`;
}

/** Whether an address names a scheme other than http(s), such as `javascript://` or `ftp://`. */
export function hasOtherScheme(input: string): boolean {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):\/\//i.exec(input)?.[1]?.toLowerCase();
  return scheme !== undefined && scheme !== 'http' && scheme !== 'https';
}

/**
 * Whether a URL is one a browser opens as a web page: http or https with a
 * host, and no whitespace or control character anywhere (the URL parser
 * would silently drop some). `javascript:` and `data:` URLs are not.
 */
export function isWebUrl(input: string): boolean {
  if (/[\s\p{Cc}]/u.test(input)) return false;
  try {
    const url = new URL(input);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
