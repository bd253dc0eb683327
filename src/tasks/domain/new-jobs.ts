import { isOpen } from '../../discovery/domain/index.js';
import { DAY_MS } from '../../platform/time/days.js';

/**
 * What a new-job notification names (SPEC R7.1). A job is news when it is
 * open and was posted recently (or says nothing about when): an import that
 * back-fills two years of history should not ring the bell for postings
 * that closed long ago.
 */


/** Postings older than this when they arrive are history, not news. */
export const NEW_JOB_MAX_AGE_DAYS = 30;

/** A notification names at most this many jobs; `total` says how many there were. */
export const JOBS_NAMED_PER_NOTIFICATION = 20;

export interface ArrivedJob {
  id: string;
  title: string;
  postedAt: Date | null;
  closedAt: Date | null;
}

/** Whether a job that just arrived is worth a notification. */
export function isNews(job: ArrivedJob, now: Date): boolean {
  if (!isOpen(job, now)) return false;
  return job.postedAt === null || job.postedAt.getTime() >= now.getTime() - NEW_JOB_MAX_AGE_DAYS * DAY_MS;
}

export interface NewJobsPayload {
  /** The newest first, at most JOBS_NAMED_PER_NOTIFICATION. */
  jobs: { id: string; title: string }[];
  total: number;
}

/** The payload of one company's notification: its new jobs, newest posting first. */
export function newJobsPayload(jobs: readonly ArrivedJob[]): NewJobsPayload {
  const newest = [...jobs].sort((a, b) => (b.postedAt?.getTime() ?? Infinity) - (a.postedAt?.getTime() ?? Infinity) || a.id.localeCompare(b.id));
  return { jobs: newest.slice(0, JOBS_NAMED_PER_NOTIFICATION).map(({ id, title }) => ({ id, title })), total: jobs.length };
}

/**
 * The key that makes a company's notification unique per arrival of jobs:
 * the same jobs give the same key, so writing it twice writes it once.
 */
export function newJobsDedupeKey(companyId: string, jobs: readonly ArrivedJob[]): string {
  const first = jobs.reduce((min, job) => (job.id < min ? job.id : min), jobs[0]!.id);
  return `new_jobs:${companyId}:${first}`;
}
