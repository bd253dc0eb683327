import type { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import type { suggestionsSchema } from './dossiers.schemas.js';
import { listDossierLists } from './list-dossier-lists.js';

/** The keys of the agency's source, priority and category lists, in their order (GET /api/dossier-lists has their names). */
export async function listDossierSuggestions(db: Db, actor: Actor): Promise<z.output<typeof suggestionsSchema>> {
  const lists = await listDossierLists(db, actor);
  return { source: lists.source.map((value) => value.key), priority: lists.priority.map((value) => value.key), category: lists.category.map((value) => value.key) };
}
