import { describe, expect, it } from 'vitest';
import { deal } from '../../../../../src/pipeline/domain/templates/deal.js';
import { definitionOf } from './pipeline-draft';
import { hasTransition, toggleTransition } from './transition-matrix';

const definition = definitionOf(deal);

describe('transition matrix', () => {
  it('reads the allowed moves from each stage', () => {
    expect(hasTransition(definition, 'lead', 'qualification')).toBe(true);
    expect(hasTransition(definition, 'won', 'lead')).toBe(false);
  });

  it('adds a move, keeping `next` in board order', () => {
    const next = toggleTransition(definition, 'won', 'lead');
    expect(next.stages.find((s) => s.key === 'won')!.next).toEqual(['lead']);
    const lost = toggleTransition(definition, 'lost', 'qualification');
    expect(lost.stages.find((s) => s.key === 'lost')!.next).toEqual(['lead', 'qualification']);
  });

  it('removes a move that was allowed', () => {
    const next = toggleTransition(definition, 'lead', 'won');
    expect(hasTransition(next, 'lead', 'won')).toBe(false);
    expect(hasTransition(toggleTransition(next, 'lead', 'won'), 'lead', 'won')).toBe(true);
  });

  it('never lets a stage move to itself or to a stage that does not exist', () => {
    expect(toggleTransition(definition, 'lead', 'lead')).toBe(definition);
    expect(toggleTransition(definition, 'lead', 'nowhere')).toBe(definition);
  });
});
