import { describeLine, type LineNote, type RejectCode, type WarningCode } from './domain/index.js';
import type { BatchView } from './batch-view.js';
import type { PlanView } from './plan-view.js';

type Language = 'nl' | 'en';
const say =
  (language: Language) =>
  <N extends LineNote<RejectCode | WarningCode>>(note: N): N & { message: string } => ({ ...note, message: describeLine(note, language) });

/** The plan with every refused and warned line worded in the caller's language. */
export function describePlan(plan: PlanView, language: Language) {
  const words = say(language);
  return {
    ...plan,
    rows: plan.rows.map((row) => ({ ...row, warnings: row.warnings.map(words), reject: row.reject ? words(row.reject) : null })),
    rejects: plan.rejects.map(words),
    warnings: plan.warnings.map(words),
  };
}

/** The batch with its refused lines worded in the caller's language. */
export function describeBatch(batch: BatchView, language: Language) {
  return { ...batch, rejects: batch.rejects.map(say(language)) };
}
