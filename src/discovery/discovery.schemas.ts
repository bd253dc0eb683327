import { z } from 'zod';
import { REJECTION_CODES } from './import/rejections.js';
import { problemSchema, uuid } from '../platform/http/schemas.js';

export const globalCompanySchema = z
  .object({
    id: uuid,
    name: z.string(),
    linkedinUrl: z.string().nullable(),
    websiteDomain: z.string().nullable(),
    description: z.string().nullable(),
    industry: z.string().nullable(),
    location: z.string().nullable(),
    headquarters: z.string().nullable(),
    foundedYear: z.number().int().nullable(),
    employeeCount: z.number().int().nullable(),
    hasCoordinates: z.boolean().describe('Radius searches leave out companies whose location is not on the map'),
    hotness: z.number().int().describe('0–100: recent postings and their growth (see docs/discovery.md)'),
    openJobs: z.number().int(),
    noAgencies: z.boolean().describe('An open job says agencies are not welcome'),
    lastPostedAt: z.date().nullable(),
  })
  .meta({ id: 'GlobalCompany' });

export const globalCompanyResultSchema = globalCompanySchema
  .extend({ hasSaved: z.boolean(), companyId: uuid.nullable(), lastViewedAt: z.date().nullable() })
  .meta({ id: 'GlobalCompanyResult' });

export const globalCompanySearchHitSchema = globalCompanyResultSchema
  .extend({
    trend: z.array(z.number().int()).describe('Jobs posted per month over the last 12 months, oldest first'),
    distanceKm: z.number().nullable().describe('From the place searched around'),
  })
  .meta({ id: 'GlobalCompanySearchHit' });

export const companyHiringSchema = z
  .object({
    trend: z.array(z.object({ month: z.string().describe('YYYY-MM'), jobs: z.number().int() })),
    skills: z.array(z.object({ skill: z.string(), jobs: z.number().int() })),
    openJobs: z.number().int(),
    totalJobs: z.number().int(),
  })
  .meta({ id: 'CompanyHiring' });

export const jobSchema = z
  .object({
    id: uuid,
    title: z.string(),
    location: z.string().nullable(),
    skills: z.array(z.string()),
    postedAt: z.date().nullable(),
    closedAt: z.date().nullable(),
    open: z.boolean(),
    url: z.string().nullable(),
    noAgencies: z.boolean(),
  })
  .meta({ id: 'Job' });

export const decisionMakerSchema = z
  .object({
    id: uuid,
    name: z.string(),
    title: z.string().nullable(),
    linkedinUrl: z.string().nullable(),
    linkedinVerified: z.boolean(),
    relevance: z.object({
      score: z.number().int().describe('0–100'),
      reasonKey: z.string().describe('The rule that placed this person, for translation'),
      reason: z.string(),
      family: z.string().optional().describe('hiring_manager: the job family this person leads'),
      familyJobs: z.number().int().optional().describe('hiring_manager: how many of the company’s jobs are in that family'),
    }),
  })
  .meta({ id: 'DecisionMaker' });

export const placeSchema = z
  .object({
    name: z.string(),
    query: z.string().describe('Pass as `place` to search around exactly this place'),
    kind: z.enum(['city', 'region', 'country']),
    province: z.string().nullable(),
    latitude: z.number(),
    longitude: z.number(),
    radiusKm: z.number().nullable(),
  })
  .meta({ id: 'Place' });

export const importEventSchema = z
  .object({
    phase: z.enum(['rows', 'hiring facts', 'done', 'failed']),
    bytesRead: z.number().int().describe('Of the uploaded file, so far'),
    counts: z.object({ inserted: z.number().int(), updated: z.number().int(), skipped: z.number().int(), rejected: z.number().int() }),
    companies: z.object({ done: z.number().int(), total: z.number().int() }).optional().describe('hiring facts: companies refreshed'),
    rejected: z
      .array(
        z.object({
          line: z.number().int(),
          reason: z.string().describe('Why, in English (as the command line prints it)'),
          issues: z
            .array(
              z.object({
                field: z.string().optional().describe('The column; absent when the row as a whole is wrong'),
                code: z.enum(REJECTION_CODES).describe("What is wrong, to show in the user's language; see docs/import.md"),
                params: z.record(z.string(), z.union([z.string(), z.number()])).optional().describe('Limits and names the message needs: max, min, item, either, or, expected, actual'),
              }),
            )
            .describe('The same as codes, one per column and problem'),
        }),
      )
      .optional()
      .describe('done: the first rejected rows by line (at most 100; counts.rejected says how many there were)'),
    rejectedByCode: z
      .partialRecord(z.enum(REJECTION_CODES), z.number().int())
      .optional()
      .describe('done: rejected rows per code over the whole file (a row with two codes counts under each)'),
    problem: problemSchema.optional().describe('failed: why the import stopped'),
  })
  .meta({ id: 'ImportEvent', description: 'One line of the application/x-ndjson response' });

export const recordedViewSchema = z
  .object({
    viewedAt: z.date(),
    previousViewAt: z.date().nullable().describe('Your view before this one; null the first time'),
  })
  .meta({ id: 'RecordedView' });
