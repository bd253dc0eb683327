import type { LocalizedText } from './pipeline.js';

/** The standard loss reasons of seed 000 (SPEC R2.4), plus free text. */
export const LOSS_REASONS = [
  {
    key: 'existing_partner',
    label: { nl: 'Heeft een bestaande recruitmentpartner', en: 'Existing recruitment partner' },
  },
  {
    key: 'in_house_team',
    label: { nl: 'Intern recruitmentteam verzorgt de werving', en: 'In-house recruitment team' },
  },
  {
    key: 'budget_or_hiring_freeze',
    label: { nl: 'Budgetbeperkingen of wervingsstop', en: 'Budget constraints or hiring freeze' },
  },
  {
    key: 'no_response',
    label: { nl: 'Geen reactie na meerdere opvolgingen', en: 'No response after several follow-ups' },
  },
  {
    key: 'no_external_recruitment',
    label: { nl: 'Besloten geen externe recruitment te gebruiken', en: 'Decided not to use external recruitment' },
  },
  {
    key: 'terms_not_acceptable',
    label: { nl: 'Voorwaarden of honoraria niet acceptabel', en: 'Terms or fees not acceptable' },
  },
] as const satisfies readonly { key: string; label: LocalizedText }[];

export type StandardLossReason = (typeof LOSS_REASONS)[number]['key'];

/** What a lost status change stores in extra_data. */
export type LossReason =
  | { lossReason: StandardLossReason; lossReasonText?: string }
  | { lossReason: 'other'; lossReasonText: string };

const standardKeys: ReadonlySet<string> = new Set(LOSS_REASONS.map((r) => r.key));

/**
 * Reads a loss reason as the user gave it: a standard key (optionally with
 * an explanation) or free text, which is stored as `other`. Returns
 * undefined when nothing usable was given (blank, or `other` without text).
 */
export function parseLossReason(reason: string | undefined, text?: string): LossReason | undefined {
  const key = reason?.trim() ?? '';
  const explanation = text?.trim() ?? '';
  if (standardKeys.has(key)) {
    const standard = key as StandardLossReason;
    return explanation ? { lossReason: standard, lossReasonText: explanation } : { lossReason: standard };
  }
  if (key === '' || key === 'other') {
    return explanation ? { lossReason: 'other', lossReasonText: explanation } : undefined;
  }
  return { lossReason: 'other', lossReasonText: explanation ? `${key} — ${explanation}` : key };
}
