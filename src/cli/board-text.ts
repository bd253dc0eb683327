import type { Locale } from '../pipeline/domain/index.js';
import type { BoardColumn } from '../pipeline/index.js';
import { wholeDaysBetween } from '../platform/time/days.js';


/** The board as plain text: each stage with its total and its first cards. */
export function formatBoard(columns: readonly BoardColumn[], locale: Locale, now: Date, cardsPerStage = 5): string {
  const lines: string[] = [];
  for (const { stage, total, cards } of columns) {
    lines.push(`${stage.name[locale].toUpperCase()} (${total})`);
    for (const card of cards.slice(0, cardsPerStage)) {
      const days = wholeDaysBetween(card.statusChangedAt, now);
      const star = card.favorited ? '★ ' : '';
      const details = [card.industry, card.location, card.ownerName].filter(Boolean).join(' · ');
      lines.push(`  ${star}${card.name} — ${details} — ${days} d`);
    }
    if (total > cardsPerStage) lines.push(`  … ${total - Math.min(cardsPerStage, cards.length)} more`);
    lines.push('');
  }
  return lines.join('\n');
}
