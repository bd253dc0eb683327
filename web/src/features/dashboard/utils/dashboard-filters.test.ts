import { describe, expect, it } from 'vitest';
import { apiPeriod, chosenPipeline, customFrom, filtersFrom, ownerIdOf, routineOwnerOf, toSearchParams, type DashboardFilters } from './dashboard-filters';

const NOW = new Date('2026-11-24T10:00:00Z');
const none = filtersFrom(new URLSearchParams());
const custom = (from: string, to: string): DashboardFilters => ({ ...none, period: 'custom', from, to });

describe('dashboard filters in the URL', () => {
  it('reads nothing as the last 12 months for everyone and the team over 30 days, and writes it as nothing', () => {
    expect(none).toEqual({ period: '12m', from: '', to: '', owner: '', teamDays: 30, pipeline: '' });
    expect(toSearchParams(none).toString()).toBe('');
  });

  it('round-trips a custom period and an owner', () => {
    const filters = { ...custom('2026-01-01', '2026-03-31'), owner: 'me' };
    expect(toSearchParams(filters).toString()).toBe('period=custom&from=2026-01-01&to=2026-03-31&owner=me');
    expect(filtersFrom(toSearchParams(filters))).toEqual(filters);
  });

  it('ignores an unknown period, dates that are not dates, and dates without a custom period', () => {
    expect(filtersFrom(new URLSearchParams('period=week&from=2026-01-01'))).toEqual(none);
    expect(filtersFrom(new URLSearchParams('period=custom&from=gisteren&to=2026-02-30x'))).toEqual(custom('', ''));
  });

  it('keeps the team period apart from the dashboard period', () => {
    const filters: DashboardFilters = { ...none, period: 'month', teamDays: 90 };
    expect(toSearchParams(filters).toString()).toBe('period=month&teamDays=90');
    expect(filtersFrom(toSearchParams(filters))).toEqual(filters);
    expect(filtersFrom(new URLSearchParams('teamDays=365')).teamDays).toBe(365);
    expect(filtersFrom(new URLSearchParams('teamDays=7')).teamDays).toBe(7);
  });

  it('keeps the chosen pipeline in the URL, and reads what is not a pipeline id as the default', () => {
    const id = '6f1d3c4b-1111-4000-8000-000000000abc';
    const filters: DashboardFilters = { ...none, pipeline: id };
    expect(toSearchParams(filters).toString()).toBe(`pipeline=${id}`);
    expect(filtersFrom(toSearchParams(filters))).toEqual(filters);
    expect(filtersFrom(new URLSearchParams('pipeline=deal')).pipeline).toBe('');
  });

  it('shows the pipeline in the URL while the agency has it, else its default', () => {
    const pipelines = [
      { id: 'a', isDefault: false },
      { id: 'b', isDefault: true },
    ];
    expect(chosenPipeline(pipelines, { ...none, pipeline: 'a' })).toBe(pipelines[0]);
    expect(chosenPipeline(pipelines, { ...none, pipeline: 'gone' })).toBe(pipelines[1]);
    expect(chosenPipeline(pipelines, none)).toBe(pipelines[1]);
    expect(chosenPipeline([{ id: 'c', isDefault: false }], none)).toEqual({ id: 'c', isDefault: false });
    expect(chosenPipeline(undefined, none)).toBeUndefined();
  });

  it('reads a team period it does not offer as 30 days', () => {
    for (const value of ['14', '366', '0', '30.5', ' 90', 'maand', ''])
      expect(filtersFrom(new URLSearchParams({ teamDays: value })).teamDays, value).toBe(30);
  });
});

describe('the period sent to the API', () => {
  it('starts a preset on the first of its oldest month (UTC) and runs to now', () => {
    expect(apiPeriod({ ...none, period: 'month' }, NOW)).toEqual({ period: { from: '2026-11-01', to: null } });
    expect(apiPeriod({ ...none, period: '3m' }, NOW)).toEqual({ period: { from: '2026-09-01', to: null } });
    expect(apiPeriod(none, NOW)).toEqual({ period: { from: '2025-12-01', to: null } });
  });

  it('includes the last day of a custom period', () => {
    expect(apiPeriod(custom('2026-01-01', '2026-03-31'), NOW)).toEqual({ period: { from: '2026-01-01', to: '2026-04-01' } });
    expect(apiPeriod(custom('2026-05-05', '2026-05-05'), NOW)).toEqual({ period: { from: '2026-05-05', to: '2026-05-06' } });
  });

  it('says what is wrong with a custom period', () => {
    expect(apiPeriod(custom('2026-01-01', ''), NOW)).toEqual({ problem: 'incomplete' });
    expect(apiPeriod(custom('2026-03-01', '2026-02-01'), NOW)).toEqual({ problem: 'order' });
    expect(apiPeriod(custom('2026-12-01', '2026-12-31'), NOW)).toEqual({ problem: 'future' });
    expect(apiPeriod(custom('2023-01-01', '2025-12-31'), NOW)).toEqual({ period: { from: '2023-01-01', to: '2026-01-01' } });
    expect(apiPeriod(custom('2023-01-01', '2026-01-01'), NOW)).toEqual({ problem: 'tooLong' });
  });

  it('starts editing a custom period from the preset shown', () => {
    expect(customFrom({ ...none, period: '3m' }, NOW)).toEqual({ from: '2026-09-01', to: '2026-11-24' });
    expect(customFrom(custom('2026-01-01', '2026-02-01'), NOW)).toEqual({ from: '2026-01-01', to: '2026-02-01' });
  });

  it('filters on the user for "me", on nobody for everyone', () => {
    expect(ownerIdOf(none, 'u1')).toBeUndefined();
    expect(ownerIdOf({ ...none, owner: 'me' }, 'u1')).toBe('u1');
    expect(ownerIdOf({ ...none, owner: 'u2' }, 'u1')).toBe('u2');
  });

  it("asks for a recruiter's or viewer's own routine whatever owner is chosen, and for the chosen one for managers and admins", () => {
    const colleague = { ...none, owner: 'u2' };
    expect(routineOwnerOf(colleague, { id: 'u1', permissions: ['companies:view', 'companies:edit'] })).toBe('u1');
    expect(routineOwnerOf(none, { id: 'u1', permissions: ['companies:view'] })).toBe('u1');
    expect(routineOwnerOf(colleague, { id: 'u1', permissions: ['companies:view', 'team:lead'] })).toBe('u2');
    expect(routineOwnerOf(none, { id: 'u1', permissions: ['companies:view', 'users:manage', 'team:lead'] })).toBeUndefined();
  });
});
