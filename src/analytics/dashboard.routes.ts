import type { FastifyInstance } from 'fastify';
import { pipelineAnalyticsInput, readPipelineAnalytics } from './read-pipeline-analytics.js';
import { readTeamActivity, teamActivityInput } from './read-team-activity.js';
import { stageLogCaches } from './stage-log-cache.js';
import { readRoutine, routineInput } from './read-routine.js';
import { forecastInput, readForecast } from './read-forecast.js';
import { actorOf } from '../identity/index.js';
import { commonProblems } from '../platform/http/schemas.js';
import { forecastSchema, pipelineAnalyticsSchema, routineSchema, teamActivitySchema } from './analytics.schemas.js';
import type { ServiceInputTypeProvider } from '../platform/http/zod.js';
import type { RouteDeps } from '../platform/http/route-deps.js';

/** The dashboard (SPEC R6.3, R9.6, R10.6): pipeline figures, the forecast, the team view and the daily routine, each of one pipeline. */
export async function dashboardRoutes(app: FastifyInstance, { db, clock }: RouteDeps) {
  const api = app.withTypeProvider<ServiceInputTypeProvider>();
  const tags = ['dashboard'];
  // The replayed stage logs, kept while the log does not grow (checked on every request).
  const stageLogs = stageLogCaches(db);

  api.get(
    '/api/analytics/pipeline',
    {
      schema: {
        tags,
        summary: 'Pipeline figures for a period: distribution, time in stage, velocity, funnel by cohort, win rate, loss reasons',
        description:
          '`from` (included) and `to` (excluded) are ISO 8601 dates or date-times with offset; by default the year up to now. At most three years. `pipelineId`: the agency\'s default pipeline when left out; a record that moved to another pipeline counts here up to its move. Time on hold counts in no stage.',
        querystring: pipelineAnalyticsInput,
        response: { 200: pipelineAnalyticsSchema, ...commonProblems },
      },
    },
    async (request) => readPipelineAnalytics(db, actorOf(request), request.query, clock, stageLogs),
  );

  api.get(
    '/api/analytics/forecast',
    {
      schema: {
        tags,
        summary: 'The value forecast: open records by month of expected close date, unweighted and weighted by stage probability',
        description: '`months` (1–24, default 6) from the current month (UTC) on; records closing earlier are `overdue`, later `later`, without a date `undated`. `pipelineId`: the agency\'s default pipeline when left out.',
        querystring: forecastInput,
        response: { 200: forecastSchema, ...commonProblems },
      },
    },
    async (request) => readForecast(db, actorOf(request), request.query, clock),
  );

  api.get(
    '/api/analytics/team',
    {
      schema: {
        tags,
        summary: 'The team view: activity per member over the last `days` days (default 30) against the period before',
        description: 'Admins and managers see everyone; recruiters and viewers see their own figures.',
        querystring: teamActivityInput,
        response: { 200: teamActivitySchema, ...commonProblems },
      },
    },
    async (request) => readTeamActivity(db, actorOf(request), request.query, clock),
  );

  api.get(
    '/api/routine',
    {
      schema: {
        tags,
        summary: "Today's work in one pipeline: follow-ups, meetings, companies to contact, due reminders and stale companies",
        description:
          '`pipelineId`: the agency\'s default pipeline when left out. With `ownerId`: the companies that user owns and the reminders for them. Admins and managers see anyone\'s day or the whole agency\'s; recruiters and viewers see their own (without `ownerId` too), and a colleague\'s `ownerId` is 403.',
        querystring: routineInput,
        response: { 200: routineSchema, ...commonProblems },
      },
    },
    async (request) => readRoutine(db, actorOf(request), request.query, clock),
  );
}
