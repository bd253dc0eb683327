import type { FieldType, LocalizedText, PipelineDefinition, PipelineField } from '../../../../../src/pipeline/domain/pipeline.js';
import { uniqueKey } from './pipeline-keys';

/** A new agency field, keyed by its English label; a select starts with one option to fill in. */
export function addField(definition: PipelineDefinition, label: LocalizedText, type: FieldType): PipelineDefinition {
  const key = uniqueKey(label.en, definition.fields.map((field) => field.key), 'field');
  const field: PipelineField = { key, label, type, ...(type === 'select' ? { options: [] } : {}) };
  return { ...definition, fields: [...definition.fields, field] };
}

export function updateField(definition: PipelineDefinition, key: string, change: (field: PipelineField) => PipelineField): PipelineDefinition {
  return { ...definition, fields: definition.fields.map((field) => (field.key === key ? { ...change(field), key } : field)) };
}

/** A field of another type: only a select keeps options. */
export function changeFieldType(field: PipelineField, type: FieldType): PipelineField {
  const { options, ...rest } = field;
  return type === 'select' ? { ...rest, type, options: options ?? [] } : { ...rest, type };
}

/** Removes the field and every stage gate that asked for it (a gate on a missing field is invalid). */
export function removeField(definition: PipelineDefinition, key: string): PipelineDefinition {
  return {
    ...definition,
    fields: definition.fields.filter((field) => field.key !== key),
    stages: definition.stages.map((stage) => ({ ...stage, requires: stage.requires.filter((r) => r.kind !== 'field' || r.field !== key) })),
  };
}

export function addOption(field: PipelineField, label: LocalizedText): PipelineField {
  const options = field.options ?? [];
  return { ...field, options: [...options, { key: uniqueKey(label.en, options.map((o) => o.key), 'option'), label }] };
}

export function updateOption(field: PipelineField, key: string, label: LocalizedText): PipelineField {
  return { ...field, options: (field.options ?? []).map((option) => (option.key === key ? { ...option, label } : option)) };
}

export function removeOption(field: PipelineField, key: string): PipelineField {
  return { ...field, options: (field.options ?? []).filter((option) => option.key !== key) };
}
