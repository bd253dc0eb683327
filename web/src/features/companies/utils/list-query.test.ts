import { describe, expect, it } from 'vitest';
import { DEFAULT_COLUMNS } from './columns';
import { activeFilters, clean, listQuery, paramsFromState, stateFromParams } from './list-query';

describe('the companies page state in the address', () => {
  it('reads the plain page as the default list', () => {
    expect(stateFromParams(new URLSearchParams())).toEqual({ filter: {}, sort: 'name', direction: 'asc', columns: [...DEFAULT_COLUMNS], view: undefined });
    expect(paramsFromState(stateFromParams(new URLSearchParams())).toString()).toBe('');
  });

  it('round-trips filters, sort and columns through the address', () => {
    const address = 'q=caf%C3%A9&pipelineId=p1&stage=prospect%2Ccontacted&ownerId=unassigned&favorite=true&stale=false&createdFrom=2026-01-01&field=sector%3Abouw&field=regio%3Anoord&sort=value&direction=desc&columns=name%2Cvalue';
    const state = stateFromParams(new URLSearchParams(address));
    expect(state).toEqual({
      filter: { q: 'café', pipelineId: 'p1', stage: ['prospect', 'contacted'], ownerId: 'unassigned', favorite: true, stale: false, createdFrom: '2026-01-01', field: ['sector:bouw', 'regio:noord'] },
      sort: 'value',
      direction: 'desc',
      columns: ['name', 'value'],
      view: undefined,
    });
    expect(stateFromParams(paramsFromState(state))).toEqual(state);
  });

  it('keeps the branch filter (My branches) in the address and asks the API with it', () => {
    const state = stateFromParams(new URLSearchParams('branch=mine'));
    expect(state.filter).toEqual({ branch: 'mine' });
    expect(paramsFromState(state).toString()).toBe('branch=mine');
    expect(listQuery(state)).toBe('branch=mine&sort=name&direction=asc');
  });

  it('ignores a sort this build does not know and flags that are not true or false', () => {
    const state = stateFromParams(new URLSearchParams('sort=stad&direction=up&favorite=ja'));
    expect(state).toMatchObject({ sort: 'name', direction: 'asc', filter: {} });
  });

  it('asks the API with its own parameter names, always naming the sort', () => {
    const state = stateFromParams(new URLSearchParams('pipelineId=p1&onHold=true'));
    expect(listQuery(state, { limit: '50', cursor: undefined })).toBe('pipelineId=p1&onHold=true&sort=name&direction=asc&limit=50');
  });

  it('drops empty parts and counts the filters set', () => {
    expect(clean({ q: '', stage: [], favorite: false, field: undefined })).toEqual({ favorite: false });
    expect(activeFilters({ q: 'x', favorite: false, pipelineId: 'p' })).toBe(2);
  });
});
