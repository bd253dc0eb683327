import { z } from 'zod';
import { uuid } from '../platform/http/schemas.js';
import { IMPORT_FIELDS, IMPORT_SOURCES, REJECT_CODES, WARNING_CODES } from './domain/index.js';

/** A line the import refuses or warns about, with the words in the caller's language (Accept-Language). */
const lineNote = <C extends readonly [string, ...string[]]>(codes: C) =>
  z.object({
    line: z.number().int().describe('The line in the file (the header is line 1)'),
    code: z.enum(codes),
    value: z.string().optional().describe('The value involved, as the file wrote it'),
    message: z.string().describe('"Regel 4: …" / "Line 4: …"'),
  });

export const rejectSchema = lineNote(REJECT_CODES);
export const warningSchema = lineNote(WARNING_CODES);

const sourceName = <T extends z.ZodType>(mapped: T) =>
  z.object({ name: z.string().describe("The source's own name"), lines: z.number().int(), mapped, suggested: mapped });

const action = z.enum(['create', 'link', 'existing', 'skip', 'same', 'reject']);

export const clientImportPlanSchema = z.object({
  fileId: uuid,
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  source: z.enum(IMPORT_SOURCES).describe('The preset the file is read with'),
  detectedSource: z.enum(IMPORT_SOURCES).describe('The preset its header suggests'),
  headers: z.array(z.string()),
  columns: z.record(z.string(), z.enum(IMPORT_FIELDS).nullable()).describe('Column header → field (null: not imported)'),
  pipelineId: uuid,
  stages: z.array(sourceName(z.string().describe('Our stage key'))),
  lossReasons: z.array(sourceName(z.string().describe('A standard loss reason key, or other (kept as text)'))),
  owners: z.array(sourceName(uuid.nullable().describe('A user of the agency, or null (no owner)'))),
  rows: z
    .array(
      z.object({
        line: z.number().int(),
        companyName: z.string().nullable(),
        action: action.describe('create: new shared company, followed; link: existing shared company, followed; existing: followed already (stage kept); skip: imported before; same: another line of the company on firstLine; reject'),
        firstLine: z.number().int().nullable(),
        stage: z.string().nullable(),
        ownerId: uuid.nullable(),
        contact: z.string().nullable(),
        note: z.boolean(),
        warnings: z.array(warningSchema),
        reject: rejectSchema.nullable(),
      }),
    )
    .describe('The first 20 lines and what each does'),
  summary: z.object({
    rows: z.number().int(),
    companies: z.number().int(),
    create: z.number().int(),
    link: z.number().int(),
    existing: z.number().int(),
    skip: z.number().int(),
    contacts: z.number().int(),
    notes: z.number().int(),
    rejected: z.number().int(),
    warnings: z.number().int(),
    unassigned: z.number().int(),
    byStage: z.array(z.object({ stage: z.string(), count: z.number().int() })),
  }),
  rejects: z.array(rejectSchema),
  warnings: z.array(warningSchema),
});

const person = z.object({ id: uuid, name: z.string() });

export const clientImportBatchSchema = z.object({
  id: uuid,
  fileName: z.string(),
  source: z.enum(IMPORT_SOURCES),
  pipelineId: uuid,
  status: z.enum(['running', 'done', 'failed']),
  total: z.number().int().describe('Companies the run places or finds'),
  processed: z.number().int(),
  counts: z.object({
    created: z.number().int(),
    linked: z.number().int(),
    existing: z.number().int(),
    skipped: z.number().int(),
    contacts: z.number().int(),
    notes: z.number().int(),
    rejected: z.number().int(),
    unfollowed: z.number().int().optional(),
    contactsRemoved: z.number().int().optional(),
    notesKept: z.number().int().optional().describe('Notes left on records followed before (the timeline is append-only)'),
  }),
  rejects: z.array(rejectSchema),
  createdBy: person,
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
  undoneAt: z.date().nullable(),
  undoneBy: person.nullable(),
});
