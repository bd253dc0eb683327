import { useDraggable, useDroppable } from '@dnd-kit/core';
import { useCallback, useId } from 'react';
import type { PipelineDefinition, Stage } from '../../../../../src/pipeline/domain/pipeline.js';
import { useI18n } from '../../../i18n/i18n';
import { Icon } from '../../../shared/Icon';
import { colorOf } from '../../../shared/stage-colors';
import type { Edit, IssueAt } from '../hooks/usePipelineEditor';
import { updateStage } from '../utils/pipeline-draft';
import { OUTCOME_LABELS } from '../utils/pipeline-labels';
import { StageDetails } from './StageDetails';

interface StageRowProps {
  stage: Stage;
  index: number;
  count: number;
  draft: PipelineDefinition;
  edit: Edit;
  issueAt: IssueAt;
  open: boolean;
  onToggle(): void;
  onMove(to: number): void;
}

/** One stage: a handle to drag it, buttons to move it, what it is at a glance, and its details when opened. */
export function StageRow({ stage, index, count, draft, edit, issueAt, open, onToggle, onMove }: StageRowProps) {
  const { t, locale } = useI18n();
  const detailsId = useId();
  const drag = useDraggable({ id: stage.key });
  const drop = useDroppable({ id: stage.key });
  // The whole row moves and is measured (so ↑/↓ land on rows), the handle alone picks it up.
  const { setNodeRef: setDragNode } = drag;
  const { setNodeRef: setDropNode } = drop;
  const setRowNode = useCallback(
    (node: HTMLLIElement | null) => {
      setDragNode(node);
      setDropNode(node);
    },
    [setDragNode, setDropNode],
  );
  const name = stage.name[locale] || stage.key;
  const y = drag.transform?.y;
  const classes = ['stage-row', stage.active ? '' : 'inactive', drag.isDragging ? 'dragging' : '', drop.isOver && !drag.isDragging ? 'over' : ''].filter(Boolean).join(' ');

  return (
    <li ref={setRowNode} className={classes} data-stage-key={stage.key} style={y ? { transform: `translate3d(0, ${y}px, 0)` } : undefined}>
      <div className="stage-head">
        <button type="button" ref={drag.setActivatorNodeRef} className="drag-handle" {...drag.listeners} {...drag.attributes} aria-label={t('pipelineSettings.stage.drag', { name })}>
          <span aria-hidden="true">⠿</span>
        </button>
        <span className="stage-badge" style={{ ['--stage' as string]: colorOf(stage.color) }}>
          <Icon name={stage.icon} size={16} />
        </span>
        <span className="stage-title">
          <strong>{name}</strong> <code>{stage.key}</code>
        </span>
        {stage.outcome && <span className="chip">{t(OUTCOME_LABELS[stage.outcome])}</span>}
        {!stage.active && <span className="chip">{t('pipelineSettings.archived')}</span>}
        <span className="stage-buttons">
          <button type="button" className="icon-button" disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={t('pipelineSettings.stage.up', { name })}>
            ↑
          </button>
          <button type="button" className="icon-button" disabled={index === count - 1} onClick={() => onMove(index + 1)} aria-label={t('pipelineSettings.stage.down', { name })}>
            ↓
          </button>
          <button type="button" aria-expanded={open} aria-controls={detailsId} onClick={onToggle} aria-label={t('pipelineSettings.stage.details', { name })}>
            {t('pipelineSettings.edit')}
          </button>
        </span>
      </div>
      <div id={detailsId} hidden={!open}>
        {open && <StageDetails stage={stage} index={index} draft={draft} issueAt={issueAt} edit={edit} change={(fn) => edit((d) => updateStage(d, stage.key, fn))} />}
      </div>
    </li>
  );
}
