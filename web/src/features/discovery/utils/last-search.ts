const KEY = 'clientpipe.discovery.search';

/** Remembers the discovery search (the query string) for this tab, so a detail page can link back to it. */
export function rememberSearch(search: string) {
  sessionStorage.setItem(KEY, search);
}

/** The last discovery search in this tab, or '' for none. */
export function lastSearch(): string {
  return sessionStorage.getItem(KEY) ?? '';
}
