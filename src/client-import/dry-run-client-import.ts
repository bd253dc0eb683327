import type { Actor } from '../identity/domain/index.js';
import type { Db, Executor } from '../platform/db/database.js';
import { authorize } from '../identity/index.js';
import { parseInput } from '../platform/input/input.js';
import { importOptionsInput, loadImport, type ImportOptionsInput, type LoadedImport } from './import-input.js';
import { planView, type PlanView } from './plan-view.js';
import { resolveCompanies, type ResolvedCompany } from './resolve-companies.js';
import type { z } from 'zod';

/** How many companies one read resolves (keeps the id lists of its statements bounded). */
const RESOLVE_PAGE = 1_000;

/**
 * The dry run (docs/api.md, "Import clients"): reads the uploaded file
 * under the given mappings and says what a run would do — per company
 * create, link, existing or skip, the stages, owners, contacts and notes,
 * and every refused line with its number — and writes nothing: it only
 * reads, in one read-only transaction.
 */
export async function dryRunClientImport(db: Db, actor: Actor, input: z.input<typeof importOptionsInput>): Promise<PlanView> {
  authorize(actor, 'clients:import');
  const request = parseInput(importOptionsInput, input);
  return db.transaction().execute(async (trx) => planOf(trx, actor.agencyId, request));
}

/** Loads and resolves the whole plan. */
export async function planOf(db: Executor, agencyId: string, request: ImportOptionsInput, read?: Parameters<typeof loadImport>[3]): Promise<PlanView> {
  const loaded = await loadImport(db, agencyId, request, read);
  return planView(loaded, await resolveAll(db, agencyId, loaded));
}

export async function resolveAll(db: Executor, agencyId: string, loaded: LoadedImport): Promise<ResolvedCompany[]> {
  const resolved: ResolvedCompany[] = [];
  const { companies } = loaded.plan;
  for (let start = 0; start < companies.length; start += RESOLVE_PAGE) {
    resolved.push(...(await resolveCompanies(db, agencyId, loaded.options.source, companies.slice(start, start + RESOLVE_PAGE))));
  }
  return resolved;
}
