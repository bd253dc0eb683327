import { z } from 'zod';
import { REJECTION_CODES } from '../services/import/rejections.js';

/*
 * Response shapes, for the OpenAPI document and for serialisation (which
 * also drops any field not listed here, so nothing leaks by accident).
 * Request shapes come from the services' own input schemas.
 */

const uuid = z.guid();
const localized = z.object({ nl: z.string(), en: z.string() });

export const problemSchema = z
  .object({
    type: z.string().describe('Ends in a stable slug, e.g. /problems/invalid-transition'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    allowed: z.array(z.string()).optional().describe('Valid target stages (invalid-transition)'),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional().describe('Offending fields (validation)'),
    existingCompanyId: uuid.optional().describe('The record that already exists (conflict)'),
  })
  .meta({ id: 'Problem' });

export const companySchema = z
  .object({
    id: uuid,
    globalCompanyId: uuid,
    pipeline: z.string(),
    status: z.string(),
    statusChangedAt: z.date(),
    ownerId: uuid.nullable(),
    favorited: z.boolean(),
    newJobsNotifications: z.boolean(),
    createdAt: z.date(),
    createdBy: uuid.nullable(),
  })
  .meta({ id: 'Company' });

export const activitySchema = z
  .object({
    id: uuid,
    companyId: uuid,
    type: z.string().describe('company_tracked, status_change, note, call, meeting_scheduled, outreach_sent, contact_detail_added, …'),
    description: z.string().nullable(),
    oldStatus: z.string().nullable(),
    newStatus: z.string().nullable(),
    extraData: z.record(z.string(), z.unknown()),
    userId: uuid.nullable().describe('Null for automatic changes'),
    automatic: z.boolean(),
    createdAt: z.date(),
  })
  .meta({ id: 'Activity' });

export const timelineEntrySchema = activitySchema.extend({ userName: z.string().nullable() }).meta({ id: 'TimelineEntry' });

export const companySummarySchema = z
  .object({
    id: uuid,
    globalCompanyId: uuid,
    name: z.string(),
    industry: z.string().nullable(),
    employeeCount: z.number().int().nullable(),
    location: z.string().nullable(),
    status: z.string(),
    statusChangedAt: z.date(),
    favorited: z.boolean(),
    ownerId: uuid.nullable(),
    ownerName: z.string().nullable(),
  })
  .meta({ id: 'CompanySummary' });

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
      .describe('done: the rejected rows by line (the first 1,000)'),
    problem: problemSchema.optional().describe('failed: why the import stopped'),
  })
  .meta({ id: 'ImportEvent', description: 'One line of the application/x-ndjson response' });

export const companyDetailSchema = companySchema
  .extend({ ownerName: z.string().nullable(), allowedTransitions: z.array(z.string()), globalCompany: globalCompanySchema })
  .meta({ id: 'CompanyDetail' });

export const stageSchema = z
  .object({
    key: z.string(),
    name: localized,
    color: z.string(),
    icon: z.string(),
    outcome: z.enum(['won', 'lost', 'other']).optional(),
    next: z.array(z.string()),
    requires: z.array(z.string()),
    staleAfterDays: z.number().int().optional(),
  })
  .meta({ id: 'Stage' });

export const pipelineSchema = z
  .object({ key: z.string(), name: localized, entryStage: z.string(), stages: z.array(stageSchema) })
  .meta({ id: 'Pipeline' });

export const statusChangeSchema = z.object({ company: companySchema, activity: activitySchema }).meta({ id: 'StatusChange' });

export const userSchema = z
  .object({ id: uuid, email: z.string(), name: z.string(), role: z.enum(['admin', 'manager', 'recruiter', 'viewer']) })
  .meta({ id: 'User' });

export const apiTokenSchema = z
  .object({ id: uuid, name: z.string(), createdAt: z.date(), lastUsedAt: z.date().nullable(), revokedAt: z.date().nullable() })
  .meta({ id: 'ApiToken' });

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

/* Dashboard (SPEC R6.3, R9.6), reminders (R7.2) and notifications (R7.1). */

const periodSchema = z.object({ from: z.date(), to: z.date() }).describe('Half-open: [from, to)');
const durationsSchema = z.object({
  stage: z.string(),
  count: z.number().int(),
  medianDays: z.number().nullable(),
  p75Days: z.number().nullable(),
});
const funnelSchema = z.object({
  started: z.number().int().describe('Cycles started: each follow, and each restart after Lost'),
  steps: z.array(
    z.object({
      stage: z.string(),
      reached: z.number().int(),
      ofStarted: z.number().nullable(),
      conversion: z.number().nullable().describe('reached / reached at the previous step'),
      dropOff: z.number().int(),
    }),
  ),
});
const winRateSchema = z.object({ won: z.number().int(), lost: z.number().int(), rate: z.number().nullable() });
const lossReasonsSchema = z.object({
  lost: z.number().int(),
  reasons: z.array(z.object({ reason: z.string().describe('A standard key from /api/loss-reasons, or other'), count: z.number().int(), share: z.number().nullable() })),
});

export const pipelineAnalyticsSchema = z
  .object({
    pipeline: z.string(),
    period: periodSchema,
    ownerId: uuid.nullable(),
    asOf: z.date(),
    distribution: z.object({ at: z.date(), total: z.number().int(), stages: z.array(z.object({ stage: z.string(), count: z.number().int() })) }),
    timeInStage: z.array(durationsSchema).describe('Days spent in each working stage'),
    velocity: z.array(durationsSchema).describe('Days from the start of a cycle to first reaching each step'),
    funnel: z.object({ total: funnelSchema, byCohort: z.array(funnelSchema.extend({ cohort: z.string().describe('YYYY-MM') })) }),
    winRate: z.object({ total: winRateSchema, byMonth: z.array(winRateSchema.extend({ month: z.string() })) }),
    lossReasons: z.object({ total: lossReasonsSchema, byQuarter: z.array(lossReasonsSchema.extend({ quarter: z.string().describe('YYYY-Qn') })) }),
  })
  .meta({ id: 'PipelineAnalytics' });

const figureSchema = z
  .object({ current: z.number().int(), previous: z.number().int(), change: z.number().nullable().describe('(current − previous) / previous; null when previous is 0') })
  .meta({ id: 'Figure' });
const memberFigures = {
  outreachSent: figureSchema,
  companiesAdded: figureSchema,
  contactsFound: figureSchema,
  meetingsScheduled: figureSchema,
  statusChanges: figureSchema,
};

export const teamActivitySchema = z
  .object({
    days: z.number().int(),
    period: periodSchema,
    previousPeriod: periodSchema,
    scope: z.enum(['agency', 'self']).describe('self: a recruiter or viewer sees only their own figures'),
    totals: z.object({ ...memberFigures, jobsAdded: figureSchema }),
    leaderboard: z.array(z.object({ userId: uuid, name: z.string(), role: z.string(), rank: z.number().int(), ...memberFigures })),
  })
  .meta({ id: 'TeamActivity' });

const ownerFields = { ownerId: uuid.nullable(), ownerName: z.string().nullable() };
const routineMeetingSchema = z.object({ companyId: uuid, name: z.string(), at: z.date(), attendees: z.array(z.string()), ...ownerFields });

export const routineSchema = z
  .object({
    asOf: z.date(),
    ownerId: uuid.nullable(),
    followUps: z
      .array(
        z.object({
          companyId: uuid,
          name: z.string(),
          status: z.string(),
          daysWaiting: z.number().int().describe('Days since it entered Contacted'),
          daysSinceOutreach: z.number().int().nullable().describe('Days since the latest outreach or call in this stage'),
          followUps: z.number().int().describe('Outreach messages and calls in this stage'),
          ...ownerFields,
        }),
      )
      .describe('Contacted a week or more without a follow-up and nothing planned, longest in Contacted first'),
    meetings: z.object({
      upcoming: z.array(routineMeetingSchema).describe('Soonest first'),
      recent: z.array(routineMeetingSchema).describe('The last 7 days, most recent first'),
    }),
    prospects: z
      .array(z.object({ companyId: uuid, name: z.string(), hotness: z.number().int(), openJobs: z.number().int(), noAgencies: z.boolean(), ...ownerFields }))
      .describe('Prospects to contact, hottest first'),
    reminders: z
      .array(
        z.object({
          id: uuid,
          companyId: uuid,
          name: z.string(),
          dueAt: z.date(),
          note: z.string().nullable(),
          kind: z.enum(['manual', 'suggested']),
          reason: z.string().nullable().describe('Suggested: contacted_no_progress, lost_revisit, …'),
          userId: uuid,
          userName: z.string().nullable(),
        }),
      )
      .describe('Open reminders due now or earlier, oldest first'),
    stale: z
      .array(z.object({ companyId: uuid, name: z.string(), status: z.string(), staleDays: z.number().int(), thresholdDays: z.number().int(), ...ownerFields }))
      .describe('Idle in their stage past its threshold with nothing planned, longest first'),
  })
  .meta({ id: 'Routine', description: 'Each list holds at most 50 entries' });

export const reminderSchema = z
  .object({
    id: uuid,
    companyId: uuid,
    userId: uuid.describe('For whom'),
    userName: z.string().nullable(),
    dueAt: z.date(),
    note: z.string().nullable(),
    kind: z.enum(['manual', 'suggested']),
    reason: z.string().nullable().describe('The rule that suggested it; null for manual reminders'),
    createdBy: uuid.nullable().describe('Null for suggestions'),
    createdAt: z.date(),
    doneAt: z.date().nullable(),
    doneBy: uuid.nullable().describe('Null while open, or when the system closed a suggestion that no longer applied'),
  })
  .meta({ id: 'Reminder' });

export const notificationSchema = z
  .object({
    id: uuid,
    kind: z.enum(['new_jobs']),
    companyId: uuid,
    companyName: z.string(),
    jobs: z.array(z.object({ id: uuid, title: z.string() })).describe('The new jobs, newest first (at most 20)'),
    jobCount: z.number().int().describe('How many new jobs there were'),
    createdAt: z.date(),
    readAt: z.date().nullable(),
  })
  .meta({ id: 'Notification' });

export const notificationPageSchema = pageOf(notificationSchema)
  .extend({ unreadCount: z.number().int().describe('All your unread notifications') })
  .meta({ id: 'NotificationPage' });
