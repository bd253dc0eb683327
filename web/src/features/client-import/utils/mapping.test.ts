import { describe, expect, it } from 'vitest';
import { edit, NO_EDITS, optionsOf, progressPercent } from './mapping';

describe('import mapping edits', () => {
  it('sends only what the admin changed', () => {
    expect(optionsOf('f', NO_EDITS)).toEqual({ fileId: 'f' });
    const edited = edit(edit(NO_EDITS, { kind: 'stages', name: 'Proposal Made', value: 'meeting' }), { kind: 'owners', name: 'Jan', value: null });
    expect(optionsOf('f', edited)).toEqual({ fileId: 'f', stages: { 'Proposal Made': 'meeting' }, owners: { Jan: null } });
  });

  it('starts the stage edits over in another pipeline, and the column edits with another source', () => {
    const edited = edit(edit(NO_EDITS, { kind: 'stages', name: 'Lead In', value: 'contacted' }), { kind: 'columns', name: 'Naam', value: 'companyName' });
    expect(edit(edited, { pipelineId: 'p2' })).toMatchObject({ pipelineId: 'p2', stages: {}, columns: { Naam: 'companyName' } });
    expect(edit(edited, { source: 'custom' })).toMatchObject({ source: 'custom', columns: {}, stages: { 'Lead In': 'contacted' } });
  });

  it('says how far a run is', () => {
    expect(progressPercent({ status: 'running', total: 200, processed: 50 })).toBe(25);
    expect(progressPercent({ status: 'running', total: 0, processed: 0 })).toBe(0);
    expect(progressPercent({ status: 'done', total: 0, processed: 0 })).toBe(100);
  });
});
