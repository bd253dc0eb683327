import type { Translation } from './translation';

/** Global search: the top bar box and the Ctrl-K palette (features/search), in Dutch and English. */
export const searchNl = {
  'search.open': 'Zoeken',
  'search.placeholder': 'Zoek bedrijven, contactpersonen, beslissers…',
  'search.shortcut': 'Ctrl K',
  'search.label': 'Zoek in clientpipe',
  'search.dialog': 'Zoeken',
  'search.results': 'Zoekresultaten',
  'search.group.companies': 'Mijn bedrijven',
  'search.group.shared': 'Ontdekken',
  'search.group.contacts': 'Contactpersonen',
  'search.group.decisionMakers': 'Beslissers',
  'search.typeMore': 'Typ minstens twee letters.',
  'search.searching': 'Zoeken…',
  'search.none': 'Niets gevonden voor “{q}”.',
  'search.count': '{count} resultaten',
  'search.hint': '↑↓ kiezen · Enter openen · Esc sluiten',
  'search.atCompany': 'bij {company}',
  'search.hotness': 'hotness {hotness}',
  'search.openJobs': '{count} open vacatures',
};

export const searchEn: Translation<typeof searchNl> = {
  'search.open': 'Search',
  'search.placeholder': 'Search companies, contacts, decision makers…',
  'search.shortcut': 'Ctrl K',
  'search.label': 'Search clientpipe',
  'search.dialog': 'Search',
  'search.results': 'Search results',
  'search.group.companies': 'My companies',
  'search.group.shared': 'Discover',
  'search.group.contacts': 'Contacts',
  'search.group.decisionMakers': 'Decision makers',
  'search.typeMore': 'Type at least two letters.',
  'search.searching': 'Searching…',
  'search.none': 'Nothing found for “{q}”.',
  'search.count': '{count} results',
  'search.hint': '↑↓ choose · Enter open · Esc close',
  'search.atCompany': 'at {company}',
  'search.hotness': 'hotness {hotness}',
  'search.openJobs': '{count} open jobs',
};
