import { describe, expect, it } from 'vitest';
import type { Pipeline } from '../../../api/client';
import { boardPipelines, choosePipeline, storageKey } from './pipeline-choice';

const pipeline = (id: string, extra: Partial<Pipeline> = {}) => ({ id, kind: 'clients', archived: false, ...extra }) as Pipeline;

describe('which pipeline the board shows', () => {
  const list = [pipeline('a'), pipeline('b')];

  it('takes the address first, then the remembered choice, then the default (none)', () => {
    expect(choosePipeline('b', 'a', list)).toBe('b');
    expect(choosePipeline(null, 'a', list)).toBe('a');
    expect(choosePipeline(null, null, list)).toBeUndefined();
  });

  it('trusts a choice before the list is there, and drops one that is not in it once it is', () => {
    expect(choosePipeline('x', null, undefined)).toBe('x');
    expect(choosePipeline('x', 'a', list)).toBe('a');
    expect(choosePipeline('x', 'y', list)).toBeUndefined();
  });

  it('lists the clients pipelines that take records, and remembers per user', () => {
    expect(boardPipelines([pipeline('a'), pipeline('l', { kind: 'leads' }), pipeline('old', { archived: true })]).map((p) => p.id)).toEqual(['a']);
    expect(storageKey('u1')).not.toBe(storageKey('u2'));
  });
});
