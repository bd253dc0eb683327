/**
 * Typed domain errors. Each carries a literal `code` and the data a client
 * needs to recover (allowed targets, the existing record...), never an HTTP
 * status: the HTTP layer maps codes to statuses in one place.
 */

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `lossReason` or `at`. */
  path: string;
  message: string;
  /** The message in Dutch when it is a library's own wording (zod's locale); our own messages are translated by the HTTP catalogue. */
  nl?: string;
}

interface ErrorData {
  INVALID_TRANSITION: { from: string; to: string; allowed: readonly string[] };
  LOSS_REASON_REQUIRED: { to: string; missing: readonly GateMissing[] };
  GATES_REQUIRED: { to: string; missing: readonly GateMissing[] };
  VALIDATION: { issues: readonly FieldIssue[] };
  NOT_FOUND: { entity: string; id: string };
  FORBIDDEN: { action: string };
  CONFLICT: { existingCompanyId?: string };
  UNAUTHORIZED: Record<string, never>;
}

export type DomainErrorCode = keyof ErrorData;

/** A stage gate a move did not satisfy (pipeline/domain/gates.ts `MissingGate`). */
export interface GateMissing {
  kind: string;
  stage?: string;
  items?: readonly string[];
  field?: string;
}

export class DomainError<C extends DomainErrorCode = DomainErrorCode> extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: C,
    message: string,
    readonly data: ErrorData[C],
  ) {
    super(message);
  }
}

export type InvalidTransition = DomainError<'INVALID_TRANSITION'>;
export type LossReasonRequired = DomainError<'LOSS_REASON_REQUIRED'>;

export function invalidTransition(from: string, to: string, allowed: readonly string[]): InvalidTransition {
  const targets = allowed.length > 0 ? allowed.join(', ') : 'none';
  return new DomainError(
    'INVALID_TRANSITION',
    `Cannot move from '${from}' to '${to}'. Allowed: ${targets}.`,
    { from, to, allowed },
  );
}

export function lossReasonRequired(to: string): LossReasonRequired {
  return new DomainError('LOSS_REASON_REQUIRED', `Moving to '${to}' requires a loss reason.`, { to, missing: [{ kind: 'lossReason' }] });
}

/**
 * A move that lacks what the target stage's gates ask for. A missing loss
 * reason alone keeps its own, older code (loss-reason-required); anything
 * else is GATES_REQUIRED. Both list every missing gate.
 */
export function gatesRequired(to: string, missing: readonly GateMissing[]): DomainError<'LOSS_REASON_REQUIRED' | 'GATES_REQUIRED'> {
  if (missing.length === 1 && missing[0]!.kind === 'lossReason') return lossReasonRequired(to);
  const gates = missing.map((gate) => gate.field ?? (gate.items ? `checklist ${gate.stage}` : gate.kind)).join(', ');
  return new DomainError('GATES_REQUIRED', `Moving to '${to}' requires: ${gates}.`, { to, missing });
}

export function validationError(issues: readonly FieldIssue[]): DomainError<'VALIDATION'> {
  return new DomainError('VALIDATION', `Invalid input: ${summarize(issues)}`, { issues });
}

/** `path: message; path: message` (a message without a path stands alone). */
export function summarize(issues: readonly FieldIssue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
}

export function notFound(entity: string, id: string): DomainError<'NOT_FOUND'> {
  return new DomainError('NOT_FOUND', `${entity} ${id} not found.`, { entity, id });
}

export function forbidden(action: string): DomainError<'FORBIDDEN'> {
  return new DomainError('FORBIDDEN', `You are not allowed to ${action}.`, { action });
}

export function conflict(message: string, data: ErrorData['CONFLICT'] = {}): DomainError<'CONFLICT'> {
  return new DomainError('CONFLICT', message, data);
}

/** Any domain error, as a union that narrows on `code`. */
export type AnyDomainError = { [C in DomainErrorCode]: DomainError<C> }[DomainErrorCode];

export function isDomainError(error: unknown): error is AnyDomainError {
  return error instanceof DomainError;
}
