import { describe, expect, it } from 'vitest';
import { changeLines } from './change-lines';

describe('changeLines', () => {
  it('names the client and branch on both sides, shows plain values and the fields as one line', () => {
    expect(
      changeLines({
        changes: {
          companyId: { from: 'c1', to: null, names: { from: 'Acme', to: null } },
          branchId: { from: null, to: 'b1', names: { from: null, to: 'Utrecht' } },
          value: { from: 100, to: 250.5 },
          fields: { from: {}, to: { budget: 3 } },
        },
      }),
    ).toEqual([
      { field: 'companyId', from: 'Acme', to: null },
      { field: 'branchId', from: null, to: 'Utrecht' },
      { field: 'value', from: '100', to: '250.5' },
      { field: 'fields' },
    ]);
  });

  it('reads nothing from an entry without changes', () => {
    expect(changeLines({})).toEqual([]);
    expect(changeLines({ changes: 'x' })).toEqual([]);
  });
});
