import type { Requirement } from '../../../../../src/pipeline/domain/pipeline.js';
import { useI18n } from '../../../i18n/i18n';
import { hasRequirement, toggleRequirement } from '../utils/stage-gates';
import type { StageEditorProps } from './StageDetails';

/** What a move must carry to enter the stage: a loss reason, an on-hold reason and date, values for the pipeline's own fields. */
export function StageGates({ stage, index, draft, issueAt, change }: StageEditorProps) {
  const { t, locale } = useI18n();
  const gates: { requirement: Requirement; label: string }[] = [
    { requirement: { kind: 'lossReason' }, label: t('pipelineSettings.gates.lossReason') },
    { requirement: { kind: 'hold' }, label: t('pipelineSettings.gates.hold') },
    ...draft.fields.map((field) => ({ requirement: { kind: 'field', field: field.key } as const, label: t('pipelineSettings.gates.field', { label: field.label[locale] || field.key }) })),
  ];
  const error = issueAt(`stages.${index}.requires`);
  return (
    <fieldset className="gates">
      <legend>{t('pipelineSettings.gates.title')}</legend>
      {gates.map(({ requirement, label }) => (
        <label key={requirement.kind === 'field' ? `field:${requirement.field}` : requirement.kind} className="check">
          <input type="checkbox" checked={hasRequirement(stage, requirement)} onChange={() => change((s) => toggleRequirement(s, requirement))} />
          {label}
        </label>
      ))}
      {draft.fields.length === 0 && <p className="meta">{t('pipelineSettings.gates.noFields')}</p>}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
