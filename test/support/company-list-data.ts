import { randomUUID } from 'node:crypto';
import type { Actor } from '../../src/identity/domain/roles.js';
import type { Db } from '../../src/platform/db/database.js';
import { followCompany } from '../../src/clients/follow-company.js';
import { recruitmentBd, type PipelineDefinition } from '../../src/pipeline/domain/index.js';
import { installPipeline } from './install-pipeline.js';

/*
 * Records for the companies page's tests: shared companies with the facts
 * the columns and filters read, followed at chosen moments, and a clients
 * pipeline with an On hold stage, a field `sector` and a gate on it.
 */

export const DAY = 86_400_000;

/** Recruitment BD plus On hold and the field `sector`, which Meeting requires. */
export function holdPipelineDefinition(): PipelineDefinition {
  const { key: _key, ...base } = structuredClone(recruitmentBd);
  return {
    ...base,
    name: { nl: 'Accounts met wachtstand', en: 'Accounts with hold' },
    fields: [{ key: 'sector', label: { nl: 'Sector', en: 'Sector' }, type: 'text' }],
    stages: [
      ...base.stages.map((stage) => ({
        ...stage,
        next: stage.outcome ? stage.next : [...stage.next, 'on_hold'],
        requires: stage.key === 'meeting' ? [{ kind: 'field' as const, field: 'sector' }] : stage.requires,
      })),
      {
        key: 'on_hold',
        name: { nl: 'Wachtend', en: 'On hold' },
        color: 'yellow',
        icon: 'pause',
        outcome: 'on_hold',
        next: ['prospect', 'contacted', 'meeting'],
        requires: [{ kind: 'hold' }],
        checklist: [],
        group: 'on_hold',
        active: true,
      },
    ],
  };
}

export async function installHoldPipeline(db: Db, agencyId: string): Promise<string> {
  return installPipeline(db, agencyId, holdPipelineDefinition());
}

export interface SharedCompanySpec {
  name: string;
  location?: string | null;
  industry?: string | null;
  openJobs?: number;
  noAgencies?: boolean;
  employees?: number | null;
  hotness?: number;
}

/** A shared company with exactly these facts (and unique identifiers). */
export async function sharedCompany(db: Db, spec: SharedCompanySpec): Promise<string> {
  const slug = `list-${randomUUID().slice(0, 12)}`;
  const row = await db
    .insertInto('global_companies')
    .values({
      name: spec.name,
      website_domain: `${slug}.nl`,
      linkedin_url: `https://www.linkedin.com/company/${slug}`,
      industry: spec.industry === undefined ? 'Software Development' : spec.industry,
      location: spec.location === undefined ? 'Utrecht' : spec.location,
      employee_count: spec.employees === undefined ? 50 : spec.employees,
      open_jobs: spec.openJobs ?? 0,
      no_agencies: spec.noAgencies ?? false,
      hotness: spec.hotness ?? 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Follows a new shared company with these facts, at `at`, into the pipeline (the default when left out); the agency's record id. */
export async function followShared(db: Db, actor: Actor, spec: SharedCompanySpec, at: Date, pipelineId?: string): Promise<string> {
  const globalCompanyId = await sharedCompany(db, spec);
  const { company } = await followCompany(db, actor, { globalCompanyId, ...(pipelineId ? { pipelineId } : {}) }, () => at);
  return company.id;
}
