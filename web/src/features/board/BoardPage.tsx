import { DndContext, KeyboardSensor, MouseSensor, TouchSensor, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { ApiError, type BoardCard, type Me } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useUsers } from '../../shared/queries';
import { useToast } from '../../shared/useToast';
import { errorText } from '../../shared/error-text';
import { BoardColumn } from './components/BoardColumn';
import { BoardHeader } from './components/BoardHeader';
import { GateDialog } from '../../shared/gates/GateDialog';
import { useBoard, useMoveCompany, useToggleFavorite, type BoardFilters } from './hooks/useBoard';
import { useDebounced } from '../../shared/useDebounced';
import { usePipelineChoice } from './hooks/usePipelineChoice';
import { boardAnnouncements, boardInstructions } from './utils/announcements';
import { canDrop } from './utils/board-moves';
import { gatesFromProblem, gatesToAsk, mergeGateValues, type GateValues, type MissingGate } from '../../shared/gates/gates';
import { boardDefinition } from './utils/board-definition';
import { columnKeyboardCoordinates } from './utils/keyboard-coordinates';
import './board.css';
import { UserOptions } from '../../shared/UserOptions';

/**
 * Arrow keys carry a card from column to column; where the board must
 * scroll to show the next one, it jumps at once: a smooth scroll still
 * under way when the next key comes would make that key fall short.
 */
const KEYBOARD = {
  coordinateGetter: columnKeyboardCoordinates,
  scrollBehavior: 'auto' as const,
  // Space picks a card up; Enter on a card opens it (CompanyCard), and during a drag drops it as Space does.
  keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
};
/**
 * A mouse drags after 6 px. A finger must rest on a card for a moment
 * first (a long press): a swipe that starts on a card scrolls the board
 * and the page, as swipes do; moving more than the tolerance during the
 * wait is such a swipe and cancels the drag.
 */
const MOUSE = { activationConstraint: { distance: 6 } };
const TOUCH = { activationConstraint: { delay: 250, tolerance: 8 } };

/** A drop waiting for the gate dialog: what it still lacks, and what was already answered (a refused attempt). */
interface PendingDrop {
  card: BoardCard;
  to: string;
  missing: MissingGate[];
  given: GateValues;
  refusal?: string | undefined;
}

export function BoardPage({ me }: { me: Me }) {
  const { t, locale } = useI18n();
  const [search, setSearch] = useState('');
  const [ownerId, setOwnerId] = useState<string | undefined>(undefined);
  const { pipelineId, pipelines, choose } = usePipelineChoice(me.id);
  const q = useDebounced(search.trim(), 300) || undefined;
  const filters: BoardFilters = { pipelineId, ownerId, q };
  const users = useUsers();
  const board = useBoard(filters);
  const move = useMoveCompany(filters);
  const toast = useToast();
  const [dragging, setDragging] = useState<BoardCard | null>(null);
  const [pending, setPending] = useState<PendingDrop | null>(null);
  const sensors = useSensors(useSensor(MouseSensor, MOUSE), useSensor(TouchSensor, TOUCH), useSensor(KeyboardSensor, KEYBOARD));
  const favorite = useToggleFavorite();
  const toggleFavorite = (card: BoardCard) => {
    const favorited = !card.favorited;
    favorite.mutate({ companyId: card.id, favorited }, { onError: (error) => toast.show(t('board.favoriteFailed', { detail: errorText(error, t) }), 'error') });
    // Said aloud too: pressed on a focused card (F), the star's change is not in view of a screen reader.
    toast.show(t(favorited ? 'board.favorited' : 'board.unfavorited', { name: card.name }));
  };

  const columns = useMemo(() => board.data?.columns ?? [], [board.data]);
  const definition = useMemo(() => (board.data ? boardDefinition(board.data) : null), [board.data]);
  // Screen readers hear the company and the stages by name, in the UI's language.
  const accessibility = useMemo(() => ({ announcements: boardAnnouncements(t, columns, locale), screenReaderInstructions: boardInstructions(t) }), [t, columns, locale]);
  const stageName = (key: string) => columns.find((c) => c.key === key)?.label[locale] ?? key;

  const submit = (card: BoardCard, to: string, gates: GateValues) =>
    move.mutate(
      { companyId: card.id, from: card.status, to, ...gates },
      {
        onSuccess: () => toast.show(t('board.moved', { name: card.name, stage: stageName(to) })),
        onError: (error) => {
          // The server asks for more than the board knew (a colleague changed the pipeline or the record): ask for exactly that.
          const missing = error instanceof ApiError ? gatesFromProblem(error.missing) : [];
          if (missing.length > 0) setPending({ card, to, missing, given: gates, refusal: errorText(error, t) });
          else toast.show(t('board.refused', { detail: errorText(error, t) }), 'error');
        },
      },
    );

  const onDragStart = (event: DragStartEvent) => setDragging((event.active.data.current as { card: BoardCard }).card);
  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null);
    const card = (event.active.data.current as { card: BoardCard }).card;
    const to = event.over?.id as string | undefined;
    if (!to || to === card.status || !definition) return;
    if (!canDrop(columns, card.status, to)) {
      toast.show(t('board.refused', { detail: t('board.notAllowed') }), 'error');
      return;
    }
    const missing = gatesToAsk(definition, card.status, to, card.fields);
    if (missing.length > 0) setPending({ card, to, missing, given: {} });
    else submit(card, to, {});
  };

  const nothingFound = q !== undefined && board.data !== undefined && !board.isPlaceholderData && columns.every((c) => c.total === 0);

  return (
    <div className="board-page">
      <div className="toolbar">
        <h1>{t('board.title')}</h1>
        {pipelines && pipelines.length > 1 && (
          <select className="pipeline-switch" aria-label={t('board.pipeline')} value={pipelineId ?? board.data?.pipeline.id ?? ''} onChange={(e) => choose(e.target.value)}>
            {pipelines.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name[locale]}
              </option>
            ))}
          </select>
        )}
        <input type="search" placeholder={t('board.search')} aria-label={t('board.search')} value={search} onChange={(e) => setSearch(e.target.value)} maxLength={200} />
        <select className="owner-filter" aria-label={t('company.owner')} value={ownerId ?? ''} onChange={(e) => setOwnerId(e.target.value || undefined)}>
          <option value="">{t('board.owner.all')}</option>
          <option value={me.id}>{t('board.owner.mine')}</option>
          <UserOptions users={users.data ?? []} current={ownerId} exclude={me.id} />
        </select>
        {/* The list of this pipeline's records is the companies page, with this pipeline chosen. */}
        <Link className="button" to={`/companies?pipelineId=${encodeURIComponent(pipelineId ?? board.data?.pipeline.id ?? '')}`}>
          {t('board.view.list')}
        </Link>
      </div>
      {board.isError && !board.data ? (
        <p className="error" role="alert">
          {errorText(board.error, t)}
        </p>
      ) : board.isPending ? (
        <p className="empty">{t('board.loading')}</p>
      ) : (
        <>
          <BoardHeader columns={columns} />
          {nothingFound && <p className="empty">{t('board.noResults', { q: q ?? '' })}</p>}
          <DndContext sensors={sensors} accessibility={accessibility} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragging(null)}>
              <div className="columns" style={{ ['--column-count' as string]: columns.length }}>
                {columns.map((column) => (
                  <BoardColumn
                    key={`${pipelineId ?? 'default'}:${ownerId ?? ''}:${q ?? ''}:${column.key}`}
                    column={column}
                    filters={filters}
                    dropAllowed={dragging ? column.key === dragging.status || canDrop(columns, dragging.status, column.key) : null}
                    onToggleFavorite={toggleFavorite}
                  />
                ))}
              </div>
          </DndContext>
        </>
      )}
      {pending && definition && (
        <GateDialog
          definition={definition}
          title={(stage) => t('gate.title', { name: pending.card.name, stage })}
          from={pending.card.status}
          to={pending.to}
          missing={pending.missing}
          refusal={pending.refusal}
          onCancel={() => setPending(null)}
          onConfirm={(values) => {
            submit(pending.card, pending.to, mergeGateValues(pending.given, values));
            setPending(null);
          }}
        />
      )}
      {toast.element}
    </div>
  );
}
