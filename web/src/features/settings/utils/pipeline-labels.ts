import type { FieldType, PipelineKind, StageColor, StageIcon, StageOutcome } from '../../../../../src/pipeline/domain/pipeline.js';
import type { MessageKey } from '../../../i18n/messages';

/*
 * The label of each value the domain allows: a colour, icon, outcome, field
 * type or kind the server adds is a compile error here until it is named
 * in both languages.
 */
export const KIND_LABELS: Record<PipelineKind, MessageKey> = {
  clients: 'pipelineSettings.kind.clients',
  leads: 'pipelineSettings.kind.leads',
  opportunities: 'pipelineSettings.kind.opportunities',
};

export const COLOR_LABELS: Record<StageColor, MessageKey> = {
  grey: 'pipelineSettings.color.grey',
  blue: 'pipelineSettings.color.blue',
  purple: 'pipelineSettings.color.purple',
  green: 'pipelineSettings.color.green',
  red: 'pipelineSettings.color.red',
  orange: 'pipelineSettings.color.orange',
  yellow: 'pipelineSettings.color.yellow',
  teal: 'pipelineSettings.color.teal',
};

export const ICON_LABELS: Record<StageIcon, MessageKey> = {
  users: 'pipelineSettings.icon.users',
  phone: 'pipelineSettings.icon.phone',
  calendar: 'pipelineSettings.icon.calendar',
  trophy: 'pipelineSettings.icon.trophy',
  'x-circle': 'pipelineSettings.icon.x-circle',
  send: 'pipelineSettings.icon.send',
  'check-circle': 'pipelineSettings.icon.check-circle',
  moon: 'pipelineSettings.icon.moon',
  pause: 'pipelineSettings.icon.pause',
  search: 'pipelineSettings.icon.search',
  eye: 'pipelineSettings.icon.eye',
  handshake: 'pipelineSettings.icon.handshake',
  'file-text': 'pipelineSettings.icon.file-text',
  star: 'pipelineSettings.icon.star',
  flag: 'pipelineSettings.icon.flag',
  briefcase: 'pipelineSettings.icon.briefcase',
};

export const OUTCOME_LABELS: Record<StageOutcome, MessageKey> = {
  won: 'pipelineSettings.outcome.won',
  lost: 'pipelineSettings.outcome.lost',
  on_hold: 'pipelineSettings.outcome.on_hold',
};

export const FIELD_TYPE_LABELS: Record<FieldType, MessageKey> = {
  text: 'pipelineSettings.fieldType.text',
  number: 'pipelineSettings.fieldType.number',
  date: 'pipelineSettings.fieldType.date',
  select: 'pipelineSettings.fieldType.select',
};
