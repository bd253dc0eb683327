import { z } from 'zod';

const localized = z.object({ nl: z.string(), en: z.string() });

const followedHitSchema = z
  .object({
    id: z.string().describe("The agency's company record: opens /companies/:id"),
    globalCompanyId: z.string(),
    name: z.string(),
    location: z.string().nullable(),
    industry: z.string().nullable(),
    favorited: z.boolean(),
    stage: z.object({ key: z.string(), name: localized, color: z.string() }),
    pipeline: z.object({ id: z.string(), name: localized }),
  })
  .meta({ id: 'SearchFollowedCompany' });

const sharedHitSchema = z
  .object({
    id: z.string().describe('The shared company: opens /discovery/:id'),
    name: z.string(),
    location: z.string().nullable(),
    industry: z.string().nullable(),
    hotness: z.number(),
    openJobs: z.number(),
  })
  .meta({ id: 'SearchSharedCompany' });

const companyRefSchema = z.object({ id: z.string(), name: z.string() });

const contactHitSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    title: z.string().nullable(),
    email: z.string().nullable(),
    company: companyRefSchema.describe("The agency's company record the contact belongs to: opens /companies/:id"),
  })
  .meta({ id: 'SearchContact' });

const decisionMakerHitSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    title: z.string().nullable(),
    globalCompany: companyRefSchema.describe('The shared company: /discovery/:id'),
    companyId: z.string().nullable().describe("The agency's record of that company when it follows it (/companies/:id), else null"),
  })
  .meta({ id: 'SearchDecisionMaker' });

export const searchResultsSchema = z
  .object({
    companies: z.array(followedHitSchema).describe("The agency's followed companies, best match first"),
    shared: z.array(sharedHitSchema).describe('Shared companies the agency does not follow, best match first, then hottest'),
    contacts: z.array(contactHitSchema).describe("The agency's contacts, best match first"),
    decisionMakers: z.array(decisionMakerHitSchema).describe("Decision makers of shared companies, best match first, those at the agency's companies first among equals"),
  })
  .meta({ id: 'SearchResults' });
