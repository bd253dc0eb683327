import { LOSS_REASONS, type StandardLossReason } from '../../pipeline/domain/index.js';

export type LossReasonGroup = StandardLossReason | 'other';

/** The standard loss reasons in the order the Lost dialog offers them, then `other`. */
export const LOSS_REASON_GROUPS: readonly LossReasonGroup[] = [...LOSS_REASONS.map((r) => r.key), 'other'];

/** A standard reason stays itself; free text (stored as `other`), a missing or an unknown key is `other`. */
export function lossReasonGroup(key: string | null | undefined): LossReasonGroup {
  return LOSS_REASON_GROUPS.find((group) => group === key) ?? 'other';
}
