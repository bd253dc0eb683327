import type { ChecklistItem } from '../../../../../src/pipeline/domain/pipeline.js';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { addChecklistItem } from '../utils/stage-gates';
import { AddTextsForm } from './AddTextsForm';
import { ChecklistItemRow } from './ChecklistItemRow';
import type { StageEditorProps } from './StageDetails';

const PHASES: Record<ChecklistItem['phase'], MessageKey> = { entry: 'pipelineSettings.checklist.entry', exit: 'pipelineSettings.checklist.exit' };

/** The stage's checklist: items ticked to enter it, and items ticked to move on from it. */
export function StageChecklist({ stage, index, issueAt, change }: StageEditorProps) {
  const { t } = useI18n();
  return (
    <fieldset className="checklist">
      <legend>{t('pipelineSettings.checklist.title')}</legend>
      {(['entry', 'exit'] as const).map((phase) => {
        const items = stage.checklist.map((item, at) => ({ item, at })).filter(({ item }) => item.phase === phase);
        return (
          <div key={phase} className="checklist-phase">
            <h4>{t(PHASES[phase])}</h4>
            {items.length === 0 ? (
              <p className="meta">{t('pipelineSettings.checklist.empty')}</p>
            ) : (
              <ol>
                {items.map(({ item, at }, position) => (
                  <ChecklistItemRow key={item.key} item={item} first={position === 0} last={position === items.length - 1} error={issueAt(`stages.${index}.checklist.${at}`)} change={change} />
                ))}
              </ol>
            )}
          </div>
        );
      })}
      <AddTextsForm
        title={t('pipelineSettings.checklist.add')}
        labels={{ nl: t('pipelineSettings.checklist.labelNl'), en: t('pipelineSettings.checklist.labelEn') }}
        maxLength={300}
        choice={{ label: t('pipelineSettings.checklist.phase'), name: 'phase', options: (['entry', 'exit'] as const).map((phase) => ({ value: phase, label: t(PHASES[phase]) })) }}
        onAdd={(label, phase) => change((s) => addChecklistItem(s, phase === 'exit' ? 'exit' : 'entry', label))}
      />
    </fieldset>
  );
}
