import { z } from 'zod';
import { localized, uuid } from '../platform/http/schemas.js';
import { pipelineSchema } from '../pipeline/index.js';

/*
 * Response shapes of the dossiers slice (leads, opportunities, vacancies):
 * each one's single definition; the use cases' views are z.output of them.
 */

export const dossierKindSchema = z.enum(['lead', 'opportunity']);

export const dossierSchema = z
  .object({
    id: uuid,
    kind: dossierKindSchema,
    title: z.string(),
    company: z.object({ id: uuid, name: z.string() }).nullable().describe("The client: the agency's company record"),
    ownerId: uuid.nullable(),
    ownerName: z.string().nullable(),
    branchId: uuid.nullable(),
    source: z.string().nullable(),
    priority: z.string().nullable(),
    category: z.string().nullable(),
    value: z.number().nullable().describe('EUR'),
    expectedCloseDate: z.string().nullable(),
    pipelineId: uuid,
    stage: z.string(),
    stageChangedAt: z.date(),
    resumeAt: z.string().nullable(),
    fields: z.record(z.string(), z.union([z.string(), z.number()])),
    convertedFromId: uuid.nullable().describe('On an opportunity: the lead it was converted from'),
    createdAt: z.date(),
    createdBy: uuid.nullable(),
  })
  .meta({ id: 'Dossier' });

export const dossierActivitySchema = z
  .object({
    id: uuid,
    dossierId: uuid,
    type: z.string().describe('created, status_change, note, email, task, appointment, contact_linked, contact_role_changed, contact_unlinked, vacancy_linked, vacancy_unlinked, converted, deal_updated, owner_changed, deleted'),
    description: z.string().nullable(),
    oldStatus: z.string().nullable(),
    newStatus: z.string().nullable(),
    extraData: z.record(z.string(), z.unknown()),
    userId: uuid.nullable(),
    userName: z.string().nullable(),
    createdAt: z.date(),
  })
  .meta({ id: 'DossierActivity' });

export const dossierListValueSchema = z
  .object({ key: z.string().describe('What dossiers store; never changes'), name: localized, position: z.number().int() })
  .meta({ id: 'DossierListValue' });

export const dossierListsSchema = z
  .object({ source: z.array(dossierListValueSchema), priority: z.array(dossierListValueSchema), category: z.array(dossierListValueSchema) })
  .meta({ id: 'DossierLists' });

export const contactRoleSchema = z.object({ id: uuid, name: localized, position: z.number().int() }).meta({ id: 'DossierContactRole' });

export const dossierContactSchema = z
  .object({
    contactId: uuid,
    name: z.string(),
    title: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    companyId: uuid,
    role: contactRoleSchema,
  })
  .meta({ id: 'DossierContact' });

export const vacancySchema = z
  .object({
    id: uuid,
    title: z.string(),
    company: z.object({ id: uuid, name: z.string() }).nullable(),
    jobId: uuid.nullable(),
    leadId: uuid.nullable(),
    opportunityId: uuid.nullable(),
    createdAt: z.date(),
  })
  .meta({ id: 'Vacancy' });

export const dossierDetailSchema = dossierSchema
  .extend({
    pipeline: pipelineSchema,
    allowedTransitions: z.array(z.string()),
    contacts: z.array(dossierContactSchema),
    vacancies: z.array(vacancySchema),
    convertedToId: uuid.nullable().describe('On a lead: the opportunity it was converted into'),
    convertible: z.boolean().describe('A lead in its end stage, not yet converted'),
  })
  .meta({ id: 'DossierDetail' });

export const dossierStageChangeSchema = z.object({ dossier: dossierSchema, activity: dossierActivitySchema });

export const conversionSchema = z.object({ lead: dossierSchema, opportunity: dossierSchema }).meta({ id: 'DossierConversion' });

export const suggestionsSchema = z
  .object({ source: z.array(z.string()), priority: z.array(z.string()), category: z.array(z.string()) })
  .meta({ id: 'DossierSuggestions' });

export const bulkResultSchema = z
  .object({
    results: z.array(z.object({ id: uuid, ok: z.boolean(), error: z.string().nullable() })),
    succeeded: z.number().int(),
    failed: z.number().int(),
  })
  .meta({ id: 'DossierBulkResult' });

const countValue = z.object({ count: z.number().int(), value: z.number() });

export const dossierReportSchema = z
  .object({
    byStage: z.array(countValue.extend({ stage: z.string(), name: localized })),
    byOwner: z.array(countValue.extend({ ownerId: uuid.nullable(), ownerName: z.string().nullable() })),
    conversion: z
      .array(z.object({ month: z.string().describe('YYYY-MM'), leads: z.number().int(), converted: z.number().int(), won: z.number().int() }))
      .describe('Per month of the lead’s creation: leads created, of those converted into an opportunity, and of those won'),
  })
  .meta({ id: 'DossierReport' });

export const wizardSuggestionsSchema = z
  .object({
    clients: z.array(z.object({ id: uuid, name: z.string(), reason: z.enum(['company', 'contact', 'vacancy']) })),
    contacts: z.array(z.object({ id: uuid, name: z.string(), title: z.string().nullable(), suggested: z.boolean() })),
    copyFrom: z.array(z.object({ id: uuid, kind: dossierKindSchema, title: z.string(), stage: z.string() })),
  })
  .meta({ id: 'DossierWizardSuggestions' });
