import type { PipelineDefinition } from '../../../../../src/pipeline/domain/pipeline.js';
import { useI18n } from '../../../i18n/i18n';
import type { Edit, IssueAt } from '../hooks/usePipelineEditor';
import { hasTransition, toggleTransition } from '../utils/transition-matrix';

/** Which stage may move to which: rows are "from", columns "to"; no stage moves to itself, and archived stages take no part. */
export function TransitionMatrix({ draft, edit, issueAt }: { draft: PipelineDefinition; edit: Edit; issueAt: IssueAt }) {
  const { t, locale } = useI18n();
  const name = (index: number) => draft.stages[index]!.name[locale] || draft.stages[index]!.key;
  return (
    // Focusable to scroll by keyboard; a named group, not a region: the section around it is the region of this name.
    <div className="matrix-scroll" role="group" aria-label={t('pipelineSettings.matrix.title')} tabIndex={0}>
      <table className="transition-matrix">
        <thead>
          <tr>
            <th scope="col" className="corner">
              {t('pipelineSettings.matrix.corner')}
            </th>
            {draft.stages.map((stage, index) => (
              <th key={stage.key} scope="col" className={stage.active ? undefined : 'inactive'}>
                <span>{name(index)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {draft.stages.map((from, row) => {
            const error = issueAt(`stages.${row}.next`);
            return (
              <tr key={from.key} className={from.active ? undefined : 'inactive'}>
                <th scope="row">
                  {name(row)}
                  {error && <span className="field-error">{error}</span>}
                </th>
                {draft.stages.map((to, column) => (
                  <td key={to.key} className={from.key === to.key ? 'diagonal' : to.active ? undefined : 'inactive'}>
                    <input
                      type="checkbox"
                      aria-label={t('pipelineSettings.matrix.cell', { from: name(row), to: name(column) })}
                      checked={hasTransition(draft, from.key, to.key)}
                      disabled={from.key === to.key || !from.active || !to.active}
                      onChange={() => edit((d) => toggleTransition(d, from.key, to.key))}
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
