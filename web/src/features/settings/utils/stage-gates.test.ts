import { describe, expect, it } from 'vitest';
import type { Stage } from '../../../../../src/pipeline/domain/pipeline.js';
import { addChecklistItem, hasRequirement, moveChecklistItem, removeChecklistItem, toggleRequirement, updateChecklistItem } from './stage-gates';

const stage: Stage = {
  key: 'meeting',
  name: { nl: 'Afspraak', en: 'Meeting' },
  color: 'blue',
  icon: 'calendar',
  next: [],
  requires: [{ kind: 'field', field: 'budget' }],
  checklist: [
    { key: 'a', phase: 'entry', label: { nl: 'A', en: 'A' } },
    { key: 'x', phase: 'exit', label: { nl: 'X', en: 'X' } },
    { key: 'b', phase: 'entry', label: { nl: 'B', en: 'B' } },
  ],
  active: true,
};
const order = (s: Stage) => s.checklist.map((item) => item.key);

describe('stage gates', () => {
  it('toggles a requirement on and off', () => {
    const withLoss = toggleRequirement(stage, { kind: 'lossReason' });
    expect(hasRequirement(withLoss, { kind: 'lossReason' })).toBe(true);
    expect(hasRequirement(toggleRequirement(withLoss, { kind: 'lossReason' }), { kind: 'lossReason' })).toBe(false);
  });

  it('tells field gates apart by their field', () => {
    expect(hasRequirement(stage, { kind: 'field', field: 'budget' })).toBe(true);
    expect(hasRequirement(stage, { kind: 'field', field: 'size' })).toBe(false);
    const both = toggleRequirement(stage, { kind: 'field', field: 'size' });
    expect(both.requires).toEqual([{ kind: 'field', field: 'budget' }, { kind: 'field', field: 'size' }]);
    expect(toggleRequirement(both, { kind: 'field', field: 'budget' }).requires).toEqual([{ kind: 'field', field: 'size' }]);
  });
});

describe('checklist', () => {
  it('adds an item keyed by its English label, unique in the stage', () => {
    const next = addChecklistItem(stage, 'exit', { nl: 'Budget bekend', en: 'Budget known' });
    expect(next.checklist.at(-1)).toEqual({ key: 'budget_known', phase: 'exit', label: { nl: 'Budget bekend', en: 'Budget known' } });
    expect(addChecklistItem(stage, 'entry', { nl: 'A', en: 'a' }).checklist.at(-1)!.key).toBe('a_2');
  });

  it('relabels and removes an item by key', () => {
    expect(updateChecklistItem(stage, 'x', { nl: 'Y', en: 'Y' }).checklist[1]).toEqual({ key: 'x', phase: 'exit', label: { nl: 'Y', en: 'Y' } });
    expect(order(removeChecklistItem(stage, 'a'))).toEqual(['x', 'b']);
  });

  it('moves an item past its neighbour of the same phase, skipping the other phase', () => {
    expect(order(moveChecklistItem(stage, 'b', -1))).toEqual(['b', 'x', 'a']);
    expect(order(moveChecklistItem(stage, 'a', 1))).toEqual(['b', 'x', 'a']);
  });

  it('leaves the list alone at either end of a phase', () => {
    expect(moveChecklistItem(stage, 'a', -1)).toBe(stage);
    expect(moveChecklistItem(stage, 'x', 1)).toBe(stage);
    expect(moveChecklistItem(stage, 'missing', 1)).toBe(stage);
  });
});
