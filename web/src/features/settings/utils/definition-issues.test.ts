import { describe, expect, it } from 'vitest';
import { deal } from '../../../../../src/pipeline/domain/templates/deal.js';
import { definitionOf } from './pipeline-draft';
import { definitionPath, isMoveIssue, issueLabel, issuesAt, stagesToMove } from './definition-issues';
import { setStageActive } from './pipeline-draft';

const definition = { ...definitionOf(deal), fields: [{ key: 'budget', label: { nl: 'Budget', en: 'Budget' }, type: 'number' as const }] };

describe('definition issues', () => {
  it('reads the route’s and the use case’s paths alike', () => {
    expect(definitionPath('body.definition.stages.2.name.en', definition)).toBe('stages.2.name.en');
    expect(definitionPath('definition.entryStage', definition)).toBe('entryStage');
  });

  it('turns a stage or field key into its position', () => {
    expect(definitionPath('definition.stages.viewing.next', definition)).toBe('stages.2.next');
    expect(definitionPath('definition.fields.budget.label.nl', definition)).toBe('fields.0.label.nl');
    expect(definitionPath('definition.stages.unknown.next', definition)).toBe('stages.unknown.next');
  });

  it('finds the messages about a control and what lies inside it', () => {
    const issues = [
      { path: 'body.definition.stages.2.name.en', message: 'too long' },
      { path: 'definition.stages.viewing.next', message: 'unknown stage' },
      { path: 'definition.stages.1.name.en', message: 'elsewhere' },
    ];
    expect(issuesAt(issues, definition, 'stages.2.name.en')).toEqual(['too long']);
    expect(issuesAt(issues, definition, 'stages.2')).toEqual(['too long', 'unknown stage']);
    expect(issuesAt(issues, definition, 'stages.2.name.nl')).toEqual([]);
    expect(issuesAt(issues, definition, 'stages.1')).toEqual(['elsewhere']);
    expect(issuesAt(issues, definition, 'stages.12')).toEqual([]);
  });

  it('names the stage or field an issue is about', () => {
    expect(issueLabel('body.definition.stages.2.name.en', definition, 'nl')).toBe('Bezichtiging › name › en');
    expect(issueLabel('definition.fields.budget.label', definition, 'en')).toBe('Budget › label');
    expect(issueLabel('definition.entryStage', definition, 'en')).toBe('entryStage');
    expect(issueLabel('body.definition.stages.40.key', definition, 'en')).toBe('stages › 40 › key');
  });

  it('tells the issues about archived stages that still hold records', () => {
    expect(isMoveIssue({ path: 'moves.viewing', message: 'holds 3 records' })).toBe(true);
    expect(isMoveIssue({ path: 'body.moves.viewing', message: 'x' })).toBe(true);
    expect(isMoveIssue({ path: 'definition.stages.2.next', message: 'x' })).toBe(false);
  });

  it('lists the stages whose records need a target: named by the server or archived since loading', () => {
    const saved = setStageActive(definition, 'on_hold', false);
    const draft = setStageActive(saved, 'viewing', false);
    expect(stagesToMove([], saved, draft).map((s) => s.key)).toEqual(['viewing']);
    expect(stagesToMove([{ path: 'moves.on_hold', message: 'holds 1 record' }], saved, draft).map((s) => s.key)).toEqual(['viewing', 'on_hold']);
    expect(stagesToMove([{ path: 'moves.lead', message: 'not archived' }], saved, saved)).toEqual([]);
  });
});
