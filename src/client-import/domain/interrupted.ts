/*
 * A run that stops without finishing. The run writes its batch's heartbeat
 * in each chunk's transaction; when its server stops mid-run nothing
 * resumes it, and the batch would say 'running' for ever (and could never
 * be undone). So a running batch whose heartbeat is too old counts as
 * interrupted: every read shows it failed, finished at its last
 * heartbeat, and undo takes it.
 */

export type BatchStatus = 'running' | 'done' | 'failed';

/**
 * How long a running batch may go without a heartbeat before it counts as
 * interrupted: five minutes. A chunk (50 companies on PGlite, 250 on
 * PostgreSQL) takes seconds, so a live run beats many times within it;
 * the margin keeps a slow database from making a live run look dead. Should
 * one still be taken for dead and undone, its next chunk finds its batch
 * no longer running and stops, writing nothing more.
 */
export const STALE_RUN_MS = 5 * 60_000;

export interface BatchState {
  status: BatchStatus;
  /** The last moment the run wrote progress (its start, at first). */
  heartbeatAt: Date;
  finishedAt: Date | null;
}

/** Whether the batch's run was interrupted at `now`: still 'running', its heartbeat older than STALE_RUN_MS. */
export function isInterrupted(batch: BatchState, now: Date): boolean {
  return batch.status === 'running' && now.getTime() - batch.heartbeatAt.getTime() > STALE_RUN_MS;
}

/** The status a batch shows at `now`: an interrupted run is failed, finished at its last heartbeat; any other as stored. */
export function shownStatus(batch: BatchState, now: Date): { status: BatchStatus; finishedAt: Date | null } {
  return isInterrupted(batch, now) ? { status: 'failed', finishedAt: batch.heartbeatAt } : { status: batch.status, finishedAt: batch.finishedAt };
}
