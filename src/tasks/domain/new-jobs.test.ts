import { describe, expect, it } from 'vitest';
import { isNews, newJobsDedupeKey, newJobsPayload } from './new-jobs.js';

const now = new Date('2026-11-23T09:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe('new-job notifications', () => {
  const job = (id: string, postedDaysAgo: number | null, closedDaysAgo?: number) => ({
    id,
    title: `Job ${id}`,
    postedAt: postedDaysAgo === null ? null : daysAgo(postedDaysAgo),
    closedAt: closedDaysAgo === undefined ? null : daysAgo(closedDaysAgo),
  });

  it('counts open, recent postings as news; closed or old ones are history', () => {
    expect(isNews(job('a', 2), now)).toBe(true);
    expect(isNews(job('a', null), now)).toBe(true);
    expect(isNews(job('a', 30), now)).toBe(true);
    expect(isNews(job('a', 31), now)).toBe(false);
    expect(isNews(job('a', 5, 1), now)).toBe(false);
    expect(isNews(job('a', 5, -3), now)).toBe(true);
  });

  it('names the newest jobs first, at most twenty, with the total', () => {
    const jobs = Array.from({ length: 25 }, (_, i) => job(`j${String(i).padStart(2, '0')}`, i));
    const payload = newJobsPayload(jobs);
    expect(payload.total).toBe(25);
    expect(payload.jobs).toHaveLength(20);
    expect(payload.jobs[0]).toEqual({ id: 'j00', title: 'Job j00' });
  });

  it('keys a notification by company and the first of its jobs', () => {
    expect(newJobsDedupeKey('c1', [job('b', 1), job('a', 2)])).toBe('new_jobs:c1:a');
  });
});
