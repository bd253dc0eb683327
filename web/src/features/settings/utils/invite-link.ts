/*
 * An invite travels as a link whose secret sits after `#`: browsers never
 * send the fragment to a server, so the secret stays out of access logs,
 * proxies and Referer headers; the page reads it and posts it.
 */

/** The link an admin copies for a colleague. */
export function inviteLink(origin: string, token: string): string {
  return `${origin}/invite#${encodeURIComponent(token)}`;
}

/** The secret from a location's hash (`#cpi_…`), or null when there is none. */
export function tokenFromHash(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw) return null;
  try {
    return decodeURIComponent(raw).trim() || null;
  } catch {
    return null;
  }
}
