import { DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { useState } from 'react';
import type { PipelineDefinition } from '../../../../../src/pipeline/domain/pipeline.js';
import { useI18n } from '../../../i18n/i18n';
import type { Edit, IssueAt } from '../hooks/usePipelineEditor';
import { addStage, moveStage } from '../utils/pipeline-draft';
import { closestTop, rowKeyboardCoordinates } from '../utils/stage-dnd';
import { AddTextsForm } from './AddTextsForm';
import { StageRow } from './StageRow';

/** The stages in board order: drag (pointer or keyboard) or the arrow buttons reorder them; each opens to its details. */
export function StageList({ draft, edit, issueAt }: { draft: PipelineDefinition; edit: Edit; issueAt: IssueAt }) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor, { coordinateGetter: rowKeyboardCoordinates }));
  const keys = draft.stages.map((stage) => stage.key);
  const nameOf = (key: unknown) => draft.stages.find((stage) => stage.key === key)?.name[locale] ?? String(key);
  const positionOf = (key: unknown) => keys.indexOf(String(key)) + 1;

  // Screen readers hear the stage by name and where it would land.
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('pipelineSettings.dnd.picked', { name: nameOf(active.id) }),
    onDragOver: ({ active, over }) => (over ? t('pipelineSettings.dnd.over', { name: nameOf(active.id), position: positionOf(over.id) }) : undefined),
    onDragEnd: ({ active, over }) => (over ? t('pipelineSettings.dnd.dropped', { name: nameOf(active.id), position: positionOf(over.id) }) : undefined),
    onDragCancel: ({ active }) => t('pipelineSettings.dnd.cancelled', { name: nameOf(active.id) }),
  };
  const accessibility = { announcements, screenReaderInstructions: { draggable: t('pipelineSettings.dnd.instructions') } };

  const move = (from: number, to: number) => edit((d) => moveStage(d, from, to));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over) move(keys.indexOf(String(active.id)), keys.indexOf(String(over.id)));
  };
  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  return (
    <>
      <DndContext sensors={sensors} collisionDetection={closestTop} onDragEnd={onDragEnd} accessibility={accessibility}>
        <ol className="stage-list">
          {draft.stages.map((stage, index) => (
            <StageRow
              key={stage.key}
              stage={stage}
              index={index}
              count={draft.stages.length}
              draft={draft}
              edit={edit}
              issueAt={issueAt}
              open={open.has(stage.key) || issueAt(`stages.${index}`) !== undefined}
              onToggle={() => toggle(stage.key)}
              onMove={(to) => move(index, to)}
            />
          ))}
        </ol>
      </DndContext>
      <AddTextsForm
        title={t('pipelineSettings.stages.add')}
        hint={t('pipelineSettings.stages.addHint')}
        labels={{ nl: t('pipelineSettings.nameNl'), en: t('pipelineSettings.nameEn') }}
        maxLength={100}
        onAdd={(name) => edit((d) => addStage(d, name))}
      />
    </>
  );
}
