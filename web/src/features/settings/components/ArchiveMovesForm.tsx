import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { FormField } from '../../../shared/FormField';
import type { PipelineEditorState } from '../hooks/usePipelineEditor';

/** The server refused to archive stages that still hold records: one target stage per archived stage, then the same save with `moves`. */
export function ArchiveMovesForm({ editor }: { editor: PipelineEditorState }) {
  const { t, locale } = useI18n();
  const targets = editor.draft.stages.filter((stage) => stage.active);
  const [moves, setMoves] = useState<Record<string, string>>(() => Object.fromEntries(editor.archiving.map((stage) => [stage.key, targets[0]?.key ?? ''])));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    editor.save(Object.fromEntries(editor.archiving.map((stage) => [stage.key, moves[stage.key] ?? targets[0]!.key])));
  };
  return (
    <form className="save-problem moves-form" onSubmit={submit} aria-label={t('pipelineSettings.moves.title')}>
      <h3>{t('pipelineSettings.moves.title')}</h3>
      <p role="alert">{t('pipelineSettings.moves.intro')}</p>
      {editor.moveIssues.length === 0 && editor.error?.message && <p className="meta">{editor.error.message}</p>}
      {editor.archiving.map((stage) => (
        <FormField
          key={stage.key}
          label={t('pipelineSettings.moves.target', { stage: stage.name[locale] })}
          hint={editor.moveIssues.find((issue) => issue.path.endsWith(`moves.${stage.key}`))?.message}
        >
          {(control) => (
            <select {...control} value={moves[stage.key] ?? ''} onChange={(event) => setMoves((current) => ({ ...current, [stage.key]: event.target.value }))}>
              {targets.map((target) => (
                <option key={target.key} value={target.key}>
                  {target.name[locale]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ))}
      <button type="submit" className="primary" disabled={editor.saving || targets.length === 0}>
        {t('pipelineSettings.moves.submit')}
      </button>
    </form>
  );
}
