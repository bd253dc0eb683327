import type { SearchResults } from '../../../api/client';

/*
 * The palette's options: global search's four groups flattened into one
 * list in the order shown (followed companies, shared ones, contacts,
 * decision makers), each with the page it opens, so the arrow keys walk
 * them across groups and Enter opens the one chosen.
 */

export type SearchGroup = 'companies' | 'shared' | 'contacts' | 'decisionMakers';

export const GROUPS: readonly SearchGroup[] = ['companies', 'shared', 'contacts', 'decisionMakers'];

export interface SearchOption {
  /** Unique in the list: group and record id. */
  key: string;
  group: SearchGroup;
  label: string;
  /** What tells it apart: a stage and pipeline, a place and industry, a title and company. */
  detail: { kind: 'stage'; stage: { key: string; color: string; name: Localized }; pipeline: Localized; place: string | null }
    | { kind: 'shared'; place: string | null; industry: string | null; hotness: number; openJobs: number }
    | { kind: 'person'; title: string | null; company: string };
  /** The page it opens. */
  href: string;
}

type Localized = { nl: string; en: string };

/** The options in the order shown. */
export function searchOptions(results: SearchResults): SearchOption[] {
  return [
    ...results.companies.map((c): SearchOption => ({
      key: `companies:${c.id}`, group: 'companies', label: c.name, href: `/companies/${c.id}`,
      detail: { kind: 'stage', stage: { key: c.stage.key, color: c.stage.color, name: c.stage.name }, pipeline: c.pipeline.name, place: c.location },
    })),
    ...results.shared.map((c): SearchOption => ({
      key: `shared:${c.id}`, group: 'shared', label: c.name, href: `/discovery/${c.id}`,
      detail: { kind: 'shared', place: c.location, industry: c.industry, hotness: c.hotness, openJobs: c.openJobs },
    })),
    ...results.contacts.map((p): SearchOption => ({
      key: `contacts:${p.id}`, group: 'contacts', label: p.name, href: `/companies/${p.company.id}`,
      detail: { kind: 'person', title: p.title, company: p.company.name },
    })),
    ...results.decisionMakers.map((p): SearchOption => ({
      key: `decisionMakers:${p.id}`, group: 'decisionMakers', label: p.name,
      // The agency's own record when it follows the company, else the shared company in Discovery.
      href: p.companyId ? `/companies/${p.companyId}` : `/discovery/${p.globalCompany.id}`,
      detail: { kind: 'person', title: p.title, company: p.globalCompany.name },
    })),
  ];
}

/** The option after (+1) or before (−1) `active`, wrapping around; the first (or last) when none is active. */
export function moveActive(active: number, step: 1 | -1, count: number): number {
  if (count === 0) return -1;
  if (active < 0) return step === 1 ? 0 : count - 1;
  return (active + step + count) % count;
}

/** The shortest search the palette sends: one letter matches too much to be useful. */
export const MIN_QUERY = 2;

/** The text to search for, or null while it is too short. */
export function queryOf(text: string): string | null {
  const q = text.trim();
  return [...q].length >= MIN_QUERY ? q : null;
}
