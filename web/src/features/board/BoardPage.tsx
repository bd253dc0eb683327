import { DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { useMemo, useState } from 'react';
import type { CompanySummary, Me } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useUsers } from '../../shared/queries';
import { useToast } from '../../shared/useToast';
import { BoardColumn } from './components/BoardColumn';
import { BoardHeader } from './components/BoardHeader';
import { CompanyList } from './components/CompanyList';
import { LostDialog } from './components/LostDialog';
import { useBoard, useMoveCompany, type Move } from './hooks/useBoard';
import { boardAnnouncements, boardInstructions } from './utils/announcements';
import { canDrop, matchesSearch } from './utils/board-moves';
import { columnKeyboardCoordinates } from './utils/keyboard-coordinates';
import { errorText } from '../../shared/error-text';

export function BoardPage({ me }: { me: Me }) {
  const { t, locale } = useI18n();
  const [search, setSearch] = useState('');
  const [view, setView] = useState<'board' | 'list'>('board');
  const [ownerId, setOwnerId] = useState<string | undefined>(undefined);
  const [limitPerColumn, setLimit] = useState(20);
  const filters = { ownerId, limitPerColumn };
  const users = useUsers();
  const board = useBoard(filters);
  const move = useMoveCompany(filters);
  const toast = useToast();
  const [dragging, setDragging] = useState<CompanySummary | null>(null);
  const [pendingLost, setPendingLost] = useState<CompanySummary | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }));

  const columns = useMemo(() => board.data ?? [], [board.data]);
  // Screen readers hear the company and the stages by name, in the UI's language.
  const accessibility = useMemo(() => ({ announcements: boardAnnouncements(t, columns, locale), screenReaderInstructions: boardInstructions(t) }), [t, columns, locale]);
  const stageName = (key: string) => columns.find((c) => c.key === key)?.label[locale] ?? key;

  const submit = (card: CompanySummary, request: Omit<Move, 'companyId'>) =>
    move.mutate(
      { companyId: card.id, ...request },
      {
        onSuccess: () => toast.show(t('board.moved', { name: card.name, stage: stageName(request.to) })),
        onError: (error) => toast.show(t('board.refused', { detail: errorText(error, t) }), 'error'),
      },
    );

  const onDragStart = (event: DragStartEvent) => setDragging((event.active.data.current as { card: CompanySummary }).card);
  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null);
    const card = (event.active.data.current as { card: CompanySummary }).card;
    const to = event.over?.id as string | undefined;
    if (!to || to === card.status) return;
    if (!canDrop(columns, card.status, to)) {
      toast.show(t('board.refused', { detail: t('board.notAllowed') }), 'error');
      return;
    }
    if (to === 'lost') setPendingLost(card);
    else submit(card, { to });
  };

  const visible = (cards: CompanySummary[]) => (search ? cards.filter((c) => matchesSearch(c, search)) : cards);

  return (
    <div className="board-page">
      <div className="toolbar">
        <h1>{t('board.title')}</h1>
        <input type="search" placeholder={t('board.search')} aria-label={t('board.search')} value={search} onChange={(e) => setSearch(e.target.value)} />
        <select className="owner-filter" aria-label={t('company.owner')} value={ownerId ?? ''} onChange={(e) => setOwnerId(e.target.value || undefined)}>
          <option value="">{t('board.owner.all')}</option>
          <option value={me.id}>{t('board.owner.mine')}</option>
          {users.data
            ?.filter((u) => u.id !== me.id)
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
        </select>
        <div className="segmented" role="group">
          <button type="button" aria-pressed={view === 'board'} onClick={() => setView('board')}>
            {t('board.view.board')}
          </button>
          <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
            {t('board.view.list')}
          </button>
        </div>
      </div>
      {board.isPending ? (
        <p className="empty">{t('board.loading')}</p>
      ) : (
        <>
          <BoardHeader columns={columns} />
          {view === 'list' ? (
            <CompanyList columns={columns} cards={visible(columns.flatMap((c) => c.cards))} />
          ) : (
            <DndContext sensors={sensors} accessibility={accessibility} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragging(null)}>
              <div className="columns">
                {columns.map((column) => (
                  <BoardColumn
                    key={column.key}
                    column={column}
                    cards={visible(column.cards)}
                    dropAllowed={dragging ? column.key === dragging.status || canDrop(columns, dragging.status, column.key) : null}
                    onShowMore={() => setLimit((n) => Math.min(500, n + 100))}
                  />
                ))}
              </div>
            </DndContext>
          )}
        </>
      )}
      {pendingLost && (
        <LostDialog
          companyName={pendingLost.name}
          onCancel={() => setPendingLost(null)}
          onConfirm={(reason) => {
            submit(pendingLost, { to: 'lost', ...reason });
            setPendingLost(null);
          }}
        />
      )}
      {toast.element}
    </div>
  );
}
