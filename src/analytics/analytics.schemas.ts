import { z } from 'zod';
import { reminderReasonDataSchema } from '../tasks/index.js';
import { uuid } from '../platform/http/schemas.js';

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
    pipeline: uuid.describe('The pipeline the figures are of'),
    period: periodSchema,
    ownerId: uuid.nullable(),
    asOf: z.date(),
    distribution: z.object({ at: z.date(), total: z.number().int(), stages: z.array(z.object({ stage: z.string(), count: z.number().int() })) }),
    timeInStage: z.array(durationsSchema).describe('Days spent in each open stage, time on hold left out'),
    velocity: z.array(durationsSchema).describe('Days from the start of a cycle to first reaching each step, time on hold left out'),
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
          daysWaiting: z.number().int().describe('Days since it entered its stage'),
          daysSinceOutreach: z.number().int().nullable().describe('Days since the latest outreach or call in this stage'),
          followUps: z.number().int().describe('Outreach messages and calls in this stage'),
          ...ownerFields,
        }),
      )
      .describe("In a stage with a follow-up rule past the rule's wait, with nothing planned, longest in their stage first"),
    meetings: z.object({
      upcoming: z.array(routineMeetingSchema).describe('Soonest first'),
      recent: z.array(routineMeetingSchema).describe('The last 7 days, most recent first'),
    }),
    prospects: z
      .array(z.object({ companyId: uuid, name: z.string(), hotness: z.number().int(), openJobs: z.number().int(), noAgencies: z.boolean(), ...ownerFields }))
      .describe("Companies in the pipeline's entry stage, to contact, hottest first"),
    reminders: z
      .array(
        z.object({
          id: uuid,
          companyId: uuid.nullable().describe("The company it is on; null for a lead's or opportunity's"),
          dossierId: uuid.nullable().describe("The lead or opportunity it is on; null for a company's"),
          dossierKind: z.enum(['lead', 'opportunity']).nullable(),
          name: z.string().describe("The company's name or the dossier's title"),
          dueAt: z.date(),
          note: z.string().nullable(),
          kind: z.enum(['manual', 'suggested']),
          reason: z.string().nullable().describe('Suggested: stage_follow_up, stage_revisit, on_hold_resume; null for manual ones'),
          reasonData: reminderReasonDataSchema,
          userId: uuid,
          userName: z.string().nullable(),
        }),
      )
      .describe("Open reminders due now or earlier, oldest first: on the pipeline's companies, and on the leads and opportunities the user may view"),
    stale: z
      .array(z.object({ companyId: uuid, name: z.string(), status: z.string(), staleDays: z.number().int(), thresholdDays: z.number().int(), ...ownerFields }))
      .describe('Idle in their stage past its threshold with nothing planned, longest first'),
  })
  .meta({ id: 'Routine', description: 'Each list holds at most 50 entries' });

const forecastBucketSchema = z.object({
  count: z.number().int().describe('Open records'),
  value: z.number().describe('Their expected value, unweighted'),
  weighted: z.number().describe("Expected value × the stage's win probability / 100, to the cent"),
});

export const forecastSchema = z
  .object({
    pipelineId: uuid,
    ownerId: uuid.nullable(),
    asOf: z.date(),
    months: z.array(forecastBucketSchema.extend({ month: z.string().describe('YYYY-MM (UTC), from the current month on') })),
    overdue: forecastBucketSchema.describe('Expected to close before the current month'),
    later: forecastBucketSchema.describe('Expected to close after the last month'),
    undated: forecastBucketSchema.describe('No expected close date'),
    total: forecastBucketSchema.describe('Every open record'),
  })
  .meta({ id: 'Forecast', description: 'Open records only (not won, lost or on hold), by the month of their expected close date' });
