import type { CompanyView } from '../pipeline/index.js';

type Change<T> = { from: T; to: T };

/** What a `deal_updated` timeline entry records: each changed value, from and to. */
export type DealChanges = {
  expectedValue?: Change<number | null>;
  expectedCloseDate?: Change<string | null>;
  fields?: Record<string, Change<string | number | null>>;
};

/** The deal values that differ between the record before and after an update, or null when none does. */
export function dealChanges(before: CompanyView, after: CompanyView): DealChanges | null {
  const changes: DealChanges = {};
  if (before.expectedValue !== after.expectedValue) changes.expectedValue = { from: before.expectedValue, to: after.expectedValue };
  if (before.expectedCloseDate !== after.expectedCloseDate) changes.expectedCloseDate = { from: before.expectedCloseDate, to: after.expectedCloseDate };
  const fields: Record<string, Change<string | number | null>> = {};
  for (const key of new Set([...Object.keys(before.fields), ...Object.keys(after.fields)])) {
    const from = before.fields[key] ?? null;
    const to = after.fields[key] ?? null;
    if (from !== to) fields[key] = { from, to };
  }
  if (Object.keys(fields).length > 0) changes.fields = fields;
  return Object.keys(changes).length > 0 ? changes : null;
}
