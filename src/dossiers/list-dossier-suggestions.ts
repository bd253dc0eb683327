import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import type { Db } from '../platform/db/database.js';
import { mergeSuggestions, SUGGESTIONS } from './domain/index.js';
import type { suggestionsSchema } from './dossiers.schemas.js';
import type { z } from 'zod';

/** The values offered for source, priority and category: the built-in ones, then those the agency's dossiers use (most used first). */
export async function listDossierSuggestions(db: Db, actor: Actor): Promise<z.output<typeof suggestionsSchema>> {
  authorize(actor, 'companies:view');
  const used = async (column: 'source' | 'priority' | 'category') =>
    (
      await db
        .selectFrom('dossiers')
        .select(column)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('agency_id', '=', actor.agencyId)
        .where(column, 'is not', null)
        .groupBy(column)
        .orderBy('n', 'desc')
        .orderBy(column)
        .limit(100)
        .execute()
    ).map((row) => row[column] as string);
  return {
    source: mergeSuggestions(SUGGESTIONS.source, await used('source')),
    priority: mergeSuggestions(SUGGESTIONS.priority, await used('priority')),
    category: mergeSuggestions(SUGGESTIONS.category, await used('category')),
  };
}
