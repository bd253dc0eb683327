import { z } from 'zod';
import type { Executor } from '../platform/db/database.js';
import { validationError } from '../platform/errors.js';
import { plainString, text } from '../platform/input/input.js';
import type { dossierListValueSchema } from './dossiers.schemas.js';

/*
 * The agency's lists of sources, priorities and categories (migration
 * 2026-12-15T1000-dossier-lists): every agency may read them; admins
 * (settings:manage) add, rename, reorder and delete values (a value a
 * dossier uses cannot be deleted: the database's foreign key refuses it
 * too). A dossier stores a value's key, which never changes.
 */

export const DOSSIER_LISTS = ['source', 'priority', 'category'] as const;
export type DossierList = (typeof DOSSIER_LISTS)[number];
export type DossierListValueView = z.output<typeof dossierListValueSchema>;

export const dossierList = z.enum(DOSSIER_LISTS, { error: 'must be source, priority or category' });
export const listValueName = z.object({ nl: text(100), en: text(100) }).strict();
/** A value's key: lower-case letters, digits and underscores. */
export const listValueKey = plainString()
  .regex(/^[a-z0-9_]{1,100}$/, { error: 'must be 1 to 100 lower-case letters, digits or underscores' });

export function toListValueView(row: { key: string; name_nl: string; name_en: string; position: number }): DossierListValueView {
  return { key: row.key, name: { nl: row.name_nl, en: row.name_en }, position: row.position };
}

/** The key a new value gets from its English name when none is given: "Cold outreach" → cold_outreach. */
export function keyFromName(name: string): string {
  const key = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 100);
  return key || 'value';
}

const NOT_IN_LIST: Record<DossierList, string> = {
  source: "is not a value of the agency's source list",
  priority: "is not a value of the agency's priority list",
  category: "is not a value of the agency's category list",
};

/**
 * Refuses, as a field error, a source, priority or category that is not a
 * value of the agency's list (before the database's foreign key would).
 * Reading the values `FOR KEY SHARE` holds them until the dossier is
 * written, so a concurrent delete waits.
 */
export async function assertListValues(trx: Executor, agencyId: string, values: Partial<Record<DossierList, string | null | undefined>>): Promise<void> {
  const asked = DOSSIER_LISTS.flatMap((list) => (typeof values[list] === 'string' ? [{ list, key: values[list] }] : []));
  if (asked.length === 0) return;
  const found = await trx
    .selectFrom('dossier_list_values')
    .select(['list', 'key'])
    .where('agency_id', '=', agencyId)
    .where((eb) => eb.or(asked.map(({ list, key }) => eb.and([eb('list', '=', list), eb('key', '=', key)]))))
    .forKeyShare()
    .execute();
  const known = new Set(found.map((row) => `${row.list}:${row.key}`));
  const issues = asked.filter(({ list, key }) => !known.has(`${list}:${key}`)).map(({ list }) => ({ path: list, message: NOT_IN_LIST[list] }));
  if (issues.length > 0) throw validationError(issues);
}
