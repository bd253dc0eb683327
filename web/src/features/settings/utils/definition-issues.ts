import type { FieldIssue } from '../../../api/client';
import type { PipelineDefinition, Stage } from '../../../../../src/pipeline/domain/pipeline.js';
import { newlyArchived } from './pipeline-draft';

/*
 * A refused definition comes back as issues with paths: the route's check
 * says `body.definition.stages.2.name.en`, the use case's rules may say
 * `definition.stages.2.next` or name the stage by key
 * (`definition.stages.lead.next`). The editor asks in one form,
 * `stages.2.name.en`, and shows each message next to its control.
 */

/** The issue's path relative to the definition, with stage and field keys turned into their positions. */
export function definitionPath(path: string, definition: PipelineDefinition): string {
  const parts = path.split('.').filter(Boolean);
  while (parts[0] === 'body' || parts[0] === 'definition') parts.shift();
  const list = parts[0] === 'stages' ? definition.stages : parts[0] === 'fields' ? definition.fields : undefined;
  if (list && parts[1] !== undefined && !/^\d+$/.test(parts[1])) {
    const index = list.findIndex((item) => item.key === parts[1]);
    if (index !== -1) parts[1] = String(index);
  }
  return parts.join('.');
}

/** The messages about `path` or anything inside it. */
export function issuesAt(issues: readonly FieldIssue[], definition: PipelineDefinition, path: string): string[] {
  return issues
    .filter((issue) => {
      const at = definitionPath(issue.path, definition);
      return at === path || at.startsWith(`${path}.`);
    })
    .map((issue) => issue.message);
}

/** Where an issue is, for the list above Save: the stage's or field's name instead of its position (`Viewing › name › en`). */
export function issueLabel(path: string, definition: PipelineDefinition, locale: 'nl' | 'en'): string {
  const parts = definitionPath(path, definition).split('.').filter(Boolean);
  const list = parts[0] === 'stages' ? definition.stages : parts[0] === 'fields' ? definition.fields : undefined;
  const item = list && /^\d+$/.test(parts[1] ?? '') ? list[Number(parts[1])] : undefined;
  if (item) {
    const name = 'name' in item ? item.name[locale] : item.label[locale];
    return [name || item.key, ...parts.slice(2)].join(' › ');
  }
  return parts.join(' › ') || path;
}

/** True for the server's word that an archived stage still holds records and needs a target (`moves.<stage>`). */
export const isMoveIssue = (issue: FieldIssue) => /^(body\.)?moves\./.test(issue.path);

/** The stages whose records need a target stage: the ones the server named, and the ones archived since loading. */
export function stagesToMove(issues: readonly FieldIssue[], saved: PipelineDefinition, draft: PipelineDefinition): Stage[] {
  const named = new Set(issues.filter(isMoveIssue).map((issue) => issue.path.replace(/^(body\.)?moves\./, '').split('.')[0]!));
  const archived = new Set(newlyArchived(saved, draft).map((stage) => stage.key));
  return draft.stages.filter((stage) => !stage.active && (named.has(stage.key) || archived.has(stage.key)));
}
