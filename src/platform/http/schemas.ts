import { z } from 'zod';

/*
 * Response shapes, for the OpenAPI document and for serialisation (which
 * also drops any field not listed here, so nothing leaks by accident).
 * Request shapes come from the services' own input schemas.
 */

export const uuid = z.guid();
export const localized = z.object({ nl: z.string(), en: z.string() });

export const problemSchema = z
  .object({
    type: z.string().describe('Ends in a stable slug, e.g. /problems/invalid-transition'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    allowed: z.array(z.string()).optional().describe('Valid target stages (invalid-transition)'),
    missing: z
      .array(z.object({ kind: z.string(), stage: z.string().optional(), items: z.array(z.string()).optional(), field: z.string().optional() }))
      .optional()
      .describe('The stage gates the move lacks (gates-required, loss-reason-required): lossReason, hold, skipReason, checklist (stage, items) or field'),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional().describe('Offending fields (validation)'),
    existingCompanyId: uuid.optional().describe('The record that already exists (conflict)'),
  })
  .meta({ id: 'Problem' });

/** A page of a keyset-paginated list. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable().describe('Pass as ?cursor= for the next page') });
}

/** Path parameter for a record id. */
export const idParams = z.object({ id: z.guid({ error: 'must be a UUID' }) });

/** Problem responses every authenticated route can give. */
export const commonProblems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
} as const;
