/** One line of a `deal_updated` entry: the field and, for client and branch, the names before and after. */
export interface ChangeLine {
  field: string;
  from?: string | null;
  to?: string | null;
}

const NAMED = new Set(['companyId', 'branchId']);
const SHOWN = new Set(['title', 'source', 'priority', 'category', 'value', 'expectedCloseDate']);

/**
 * What a `deal_updated` entry changed, as the timeline lists it: the client
 * and branch by name (the server stores both sides' names), plain values as
 * they were and are, and the pipeline's own fields as one line.
 */
export function changeLines(extraData: Record<string, unknown>): ChangeLine[] {
  const changes = extraData.changes;
  if (!changes || typeof changes !== 'object') return [];
  return Object.entries(changes as Record<string, { from?: unknown; to?: unknown; names?: { from: string | null; to: string | null } }>).map(([field, change]) => {
    if (NAMED.has(field)) return { field, from: change.names?.from ?? null, to: change.names?.to ?? null };
    if (SHOWN.has(field)) return { field, from: plain(change.from), to: plain(change.to) };
    return { field };
  });
}

function plain(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
