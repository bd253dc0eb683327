import type { ChecklistItem, Stage } from '../../../../../src/pipeline/domain/pipeline.js';
import { useI18n } from '../../../i18n/i18n';
import { moveChecklistItem, removeChecklistItem, updateChecklistItem } from '../utils/stage-gates';
import { LocalizedFields } from './LocalizedFields';

interface ChecklistItemRowProps {
  item: ChecklistItem;
  first: boolean;
  last: boolean;
  error: string | undefined;
  change(fn: (stage: Stage) => Stage): void;
}

/** One checklist item: its text in both languages, moved up or down within its phase, or removed. */
export function ChecklistItemRow({ item, first, last, error, change }: ChecklistItemRowProps) {
  const { t, locale } = useI18n();
  const name = item.label[locale] || item.key;
  return (
    <li className="checklist-item">
      <LocalizedFields
        value={item.label}
        maxLength={300}
        labels={{ nl: t('pipelineSettings.checklist.labelNl'), en: t('pipelineSettings.checklist.labelEn') }}
        onChange={(label) => change((s) => updateChecklistItem(s, item.key, label))}
      />
      <span className="row-buttons">
        <button type="button" className="icon-button" disabled={first} onClick={() => change((s) => moveChecklistItem(s, item.key, -1))} aria-label={t('pipelineSettings.up', { name })}>
          ↑
        </button>
        <button type="button" className="icon-button" disabled={last} onClick={() => change((s) => moveChecklistItem(s, item.key, 1))} aria-label={t('pipelineSettings.down', { name })}>
          ↓
        </button>
        <button type="button" className="icon-button" onClick={() => change((s) => removeChecklistItem(s, item.key))} aria-label={t('pipelineSettings.remove', { name })}>
          ✕
        </button>
      </span>
      {error && <p className="field-error">{error}</p>}
    </li>
  );
}
