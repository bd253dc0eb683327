import type { BoardCard, BoardColumnData } from '../../../api/client';

/** A board card for the utils' tests. */
export const card = (id: string, status: string, extra: Partial<BoardCard> = {}): BoardCard => ({
  id, globalCompanyId: id, name: id, industry: null, employeeCount: null, location: null, status, pipelineId: 'p',
  statusChangedAt: '2026-01-01T00:00:00.000Z', favorited: false, ownerId: null, ownerName: null, expectedValue: null, expectedCloseDate: null,
  resumeAt: null, stale: false, idleDays: 0, staleAfterDays: null, fields: {}, ...extra,
});

/** A board column for the utils' tests. */
export const column = (key: string, allowed: string[], cards: BoardCard[], extra: Partial<BoardColumnData> = {}): BoardColumnData => ({
  key, label: { nl: key, en: key }, color: 'grey', icon: 'users', outcome: null, allowedTransitions: allowed, requires: [], checklist: [],
  probability: null, total: cards.length + 10, valueSum: 0, cards, nextCursor: null, ...extra,
});
