import type { Kysely, Transaction } from 'kysely';
/*
 * The whole schema as one type, assembled from the tables each slice
 * declares beside its code. These are type-only imports: the platform runs
 * no slice code (the architecture rules allow exactly this file to do it).
 */
import type { AutomationTables } from '../../automation/automation.tables.js';
import type { ClientImportTables } from '../../client-import/client-import.tables.js';
import type { ClientsTables } from '../../clients/clients.tables.js';
import type { DossierTables } from '../../dossiers/dossiers.tables.js';
import type { DiscoveryTables } from '../../discovery/discovery.tables.js';
import type { IdentityTables } from '../../identity/identity.tables.js';
import type { PipelineTables } from '../../pipeline/pipeline.tables.js';
import type { TasksTables } from '../../tasks/tasks.tables.js';
import type { JobRunTable } from '../jobs/jobs.tables.js';

export interface Database extends IdentityTables, DiscoveryTables, PipelineTables, ClientsTables, TasksTables, ClientImportTables, AutomationTables, DossierTables {
  job_runs: JobRunTable;
}

export type Db = Kysely<Database>;
/** A database handle or an open transaction: repository functions accept either. */
export type Executor = Db | Transaction<Database>;
