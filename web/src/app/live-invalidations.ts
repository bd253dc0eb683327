import type { QueryKey } from '@tanstack/react-query';

/**
 * The queries that changes to these companies of the agency make stale:
 * the lists and figures that show any company (the board, the companies
 * page's list and its total, people, discovery's "followed", the
 * dashboard) once, and each company's own page, timeline, reminders and
 * contacts.
 */
export function queriesTouchedBy(companyIds: Iterable<string>): QueryKey[] {
  const keys: QueryKey[] = [
    ['board'],
    // Only the list pages: the saved views under ['companies', 'views'] do not change with a company.
    ['companies', 'list'],
    // A colleague may have followed a company the discovery results show.
    ['discovery'],
    ['people'],
    // The dashboard's lists and figures (refetched only while it is open).
    ['routine'],
    ['analytics'],
  ];
  for (const id of new Set(companyIds)) keys.push(['company', id], ['timeline', id], ['reminders', id], ['contacts', id]);
  return keys;
}

/**
 * The queries a colleague's change to these leads or opportunities makes
 * stale: the overviews and their reports, the vacancy lists (links), the
 * company timelines (which show their dossiers' entries), and each
 * dossier's own page and timeline.
 */
export function queriesTouchedByDossiers(dossierIds: Iterable<string>): QueryKey[] {
  const keys: QueryKey[] = [['dossiers'], ['dossier-report'], ['vacancies'], ['timeline']];
  for (const id of new Set(dossierIds)) keys.push(['dossier', id], ['dossier-timeline', id]);
  return keys;
}
