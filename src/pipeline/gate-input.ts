import { z } from 'zod';
import { parseLossReason, type GateInput } from './domain/index.js';
import { LIMITS, calendarDate, optionalText, plainString } from '../platform/input/input.js';

/*
 * What a move carries for the target stage's gates, as every move request
 * accepts it (a status change, a move to another pipeline, a bulk move):
 * one set of fields, one reading of them.
 */
const fieldValue = z.union([
  plainString().trim().max(LIMITS.reason, { error: `must be at most ${LIMITS.reason} characters` }),
  z.number().finite().min(-1e12).max(1e12),
  z.null(),
]);

export const gateFields = {
  /** A standard loss reason key or free text; required to enter a stage such as Lost. */
  lossReason: optionalText(LIMITS.reason),
  /** Explanation that goes with a standard loss reason. */
  lossReasonText: optionalText(LIMITS.reason),
  /** Why the record goes On hold; required with `resumeAt` to enter an On hold stage. */
  holdReason: optionalText(LIMITS.reason),
  /** The day to resume (YYYY-MM-DD): a reminder comes due for the owner then. */
  resumeAt: calendarDate().optional(),
  /** Why the move skips past the next stage, where the pipeline asks for one. */
  skipReason: optionalText(LIMITS.reason),
  /** Ticked checklist items, as `stage.item` (the stage left's exit criteria, the stage entered's entry criteria). */
  checklist: z.array(plainString().max(100)).max(200).optional(),
  /** Values of the pipeline's own fields to set with the move (null clears one). */
  fields: z.record(plainString().max(40), fieldValue).optional(),
};

type GateRequest = z.output<z.ZodObject<typeof gateFields>>;

/** The gate input the domain checks, from a parsed request. */
export function toGateInput(request: GateRequest): GateInput {
  return {
    lossReason: parseLossReason(request.lossReason, request.lossReasonText),
    hold: request.holdReason || request.resumeAt ? { reason: request.holdReason ?? '', resumeAt: request.resumeAt ?? '' } : undefined,
    skipReason: request.skipReason,
    checklist: request.checklist,
    fields: request.fields,
  };
}
