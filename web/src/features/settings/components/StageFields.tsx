import { STAGE_ICONS, STAGE_OUTCOMES, type StageOutcome } from '../../../../../src/pipeline/domain/pipeline.js';
import { useI18n } from '../../../i18n/i18n';
import { FormField } from '../../../shared/FormField';
import { setStageActive } from '../utils/pipeline-draft';
import { ICON_LABELS, OUTCOME_LABELS } from '../utils/pipeline-labels';
import { ColorSwatches } from './ColorSwatches';
import { LocalizedFields } from './LocalizedFields';
import { NumberField } from './NumberField';
import type { StageEditorProps } from './StageDetails';

/** A stage's names, colour, icon, outcome and numbers; an empty number means none. */
export function StageFields({ stage, index, issueAt, change, edit }: StageEditorProps) {
  const { t } = useI18n();
  const at = (path: string) => issueAt(`stages.${index}.${path}`);
  return (
    <div className="editor-grid">
      <LocalizedFields
        value={stage.name}
        maxLength={100}
        labels={{ nl: t('pipelineSettings.nameNl'), en: t('pipelineSettings.nameEn') }}
        errors={{ nl: at('name.nl'), en: at('name.en') }}
        onChange={(name) => change((s) => ({ ...s, name }))}
      />
      <ColorSwatches value={stage.color} error={at('color')} onChange={(color) => change((s) => ({ ...s, color }))} />
      <div className="pair">
        <FormField label={t('pipelineSettings.stage.icon')} error={at('icon')}>
          {(control) => (
            <select {...control} value={stage.icon} onChange={(event) => change((s) => ({ ...s, icon: event.target.value as typeof s.icon }))}>
              {STAGE_ICONS.map((icon) => (
                <option key={icon} value={icon}>
                  {t(ICON_LABELS[icon])}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('pipelineSettings.stage.outcome')} error={at('outcome')}>
          {(control) => (
            <select {...control} value={stage.outcome ?? ''} onChange={(event) => change((s) => ({ ...s, outcome: (event.target.value || undefined) as StageOutcome | undefined }))}>
              <option value="">{t('pipelineSettings.outcome.none')}</option>
              {STAGE_OUTCOMES.map((outcome) => (
                <option key={outcome} value={outcome}>
                  {t(OUTCOME_LABELS[outcome])}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <div className="pair">
        <NumberField label={t('pipelineSettings.stage.probability')} min={0} max={100} value={stage.probability} error={at('probability')} onChange={(probability) => change((s) => ({ ...s, probability }))} />
        <NumberField label={t('pipelineSettings.stage.stale')} min={1} max={3650} value={stage.staleAfterDays} error={at('staleAfterDays')} onChange={(staleAfterDays) => change((s) => ({ ...s, staleAfterDays }))} />
      </div>
      <div className="pair">
        <NumberField
          label={t('pipelineSettings.stage.followUp')}
          min={1}
          max={3650}
          value={stage.followUp?.afterDays}
          error={at('followUp')}
          onChange={(afterDays) => change((s) => ({ ...s, followUp: afterDays === undefined ? undefined : { afterDays, from: s.followUp?.from ?? 'stage_entered' } }))}
        />
        <FormField label={t('pipelineSettings.stage.followUpFrom')}>
          {(control) => (
            <select
              {...control}
              value={stage.followUp?.from ?? 'stage_entered'}
              disabled={!stage.followUp}
              onChange={(event) => change((s) => ({ ...s, followUp: s.followUp && { ...s.followUp, from: event.target.value as 'stage_entered' | 'last_follow_up' } }))}
            >
              <option value="stage_entered">{t('pipelineSettings.followUpFrom.stage_entered')}</option>
              <option value="last_follow_up">{t('pipelineSettings.followUpFrom.last_follow_up')}</option>
            </select>
          )}
        </FormField>
      </div>
      <FormField label={t('pipelineSettings.stage.group')} hint={t('pipelineSettings.stage.groupHint')} error={at('group')}>
        {(control) => <input {...control} value={stage.group ?? ''} maxLength={40} autoComplete="off" onChange={(event) => change((s) => ({ ...s, group: event.target.value.trim() || undefined }))} />}
      </FormField>
      <div className="field">
        <label className="check">
          <input type="checkbox" checked={stage.active} onChange={(event) => edit((d) => setStageActive(d, stage.key, event.target.checked))} />
          {t('pipelineSettings.stage.active')}
        </label>
        {at('active') && <p className="field-error">{at('active')}</p>}
      </div>
    </div>
  );
}
