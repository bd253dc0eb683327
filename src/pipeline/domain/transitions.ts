import { invalidTransition, lossReasonRequired, validationError, type DomainError } from '../../platform/errors.js';
import type { LossReason } from './loss-reasons.js';
import { findStage, stageKeys, type Pipeline } from './pipeline.js';

/** Stage keys a record in `from` may move to; empty for an unknown stage. */
export function allowedTransitions(pipeline: Pipeline, from: string): readonly string[] {
  return findStage(pipeline, from)?.next ?? [];
}

export interface TransitionRequest {
  from: string;
  to: string;
  lossReason?: LossReason | undefined;
}

/**
 * Checks a requested move against the pipeline's transition map and the
 * target stage's required fields. Returns the error to raise, or null when
 * the move is legal. Moving to the same stage is never a transition.
 */
export function validateTransition(
  pipeline: Pipeline,
  request: TransitionRequest,
): DomainError<'INVALID_TRANSITION' | 'LOSS_REASON_REQUIRED'> | null {
  const allowed = allowedTransitions(pipeline, request.from);
  const target = findStage(pipeline, request.to);
  if (!target || !allowed.includes(request.to)) {
    return invalidTransition(request.from, request.to, allowed);
  }
  for (const field of target.requires) {
    switch (field) {
      case 'lossReason':
        if (!request.lossReason) return lossReasonRequired(request.to);
        break;
      default:
        return assertUnreachable(field);
    }
  }
  return null;
}

export interface StatusChangeCommand {
  to: string;
  description?: string | undefined;
  lossReason?: LossReason | undefined;
  /** Set for changes the system makes on its own (no user). */
  automatic?: { reason: string } | undefined;
}

/** The activity and new state a legal status change produces. */
export interface StatusChangeDecision {
  status: string;
  changedAt: Date;
  activity: {
    activityType: 'status_change';
    oldStatus: string;
    newStatus: string;
    description: string | null;
    extraData: Record<string, unknown>;
  };
}

/**
 * Decides a status change: throws the typed error for an unknown stage or
 * an illegal move,
 * otherwise returns what to record. Pure: the clock is passed in.
 */
export function decideStatusChange(
  pipeline: Pipeline,
  currentStatus: string,
  command: StatusChangeCommand,
  now: Date,
): StatusChangeDecision {
  if (!findStage(pipeline, command.to)) {
    throw validationError([
      { path: 'status', message: `unknown stage '${command.to}'; stages are ${stageKeys(pipeline).join(', ')}` },
    ]);
  }
  const error = validateTransition(pipeline, {
    from: currentStatus,
    to: command.to,
    lossReason: command.lossReason,
  });
  if (error) throw error;
  const extraData: Record<string, unknown> = { ...(command.lossReason ?? {}) };
  if (command.automatic) extraData.automatic = true;
  const description = command.description ?? (command.automatic ? command.automatic.reason : null);
  return {
    status: command.to,
    changedAt: now,
    activity: {
      activityType: 'status_change',
      oldStatus: currentStatus,
      newStatus: command.to,
      description,
      extraData,
    },
  };
}

/** The stage and `company_tracked` activity a record gets when it enters (or re-enters) the pipeline. */
export interface EntryDecision {
  status: string;
  changedAt: Date;
  activity: {
    activityType: 'company_tracked';
    oldStatus: string | null;
    newStatus: string;
    description: string;
    extraData: Record<string, unknown>;
  };
}

/**
 * Decides a record's entry into the pipeline (SPEC R2.3): it starts at the
 * entry stage. A record followed again (`previousStatus` set) keeps its
 * history, and the entry says where it stood and that it was restored.
 */
export function decidePipelineEntry(pipeline: Pipeline, companyName: string, previousStatus: string | null, now: Date): EntryDecision {
  const restored = previousStatus !== null;
  return {
    status: pipeline.entryStage,
    changedAt: now,
    activity: {
      activityType: 'company_tracked',
      oldStatus: previousStatus,
      newStatus: pipeline.entryStage,
      description: restored ? `Followed again: ${companyName}` : `Started following ${companyName}`,
      extraData: restored ? { restored: true } : {},
    },
  };
}

/**
 * The move the system makes on its own when outreach is logged (seed 000:
 * the first outreach to a Prospect moves it to Contacted), or null.
 */
export function automaticMoveOnOutreach(pipeline: Pipeline, currentStatus: string): string | null {
  const rule = pipeline.onOutreach;
  return rule && rule.from === currentStatus ? rule.to : null;
}

function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
