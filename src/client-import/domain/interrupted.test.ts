import { describe, expect, it } from 'vitest';
import { isInterrupted, shownStatus, STALE_RUN_MS, type BatchState } from './index.js';

const beat = new Date('2026-12-13T10:00:00Z');
const after = (ms: number) => new Date(beat.getTime() + ms);
const running: BatchState = { status: 'running', heartbeatAt: beat, finishedAt: null };

describe('an interrupted run', () => {
  it('is a running batch whose heartbeat is older than the stale limit', () => {
    expect(STALE_RUN_MS).toBe(5 * 60_000);
    expect(isInterrupted(running, beat)).toBe(false);
    expect(isInterrupted(running, after(STALE_RUN_MS))).toBe(false);
    expect(isInterrupted(running, after(STALE_RUN_MS + 1))).toBe(true);
  });

  it('shows as failed, finished at its last heartbeat; a live run shows as running', () => {
    expect(shownStatus(running, after(STALE_RUN_MS))).toEqual({ status: 'running', finishedAt: null });
    expect(shownStatus(running, after(STALE_RUN_MS + 1))).toEqual({ status: 'failed', finishedAt: beat });
  });

  it('never changes a finished batch, however old', () => {
    const finishedAt = after(1_000);
    for (const status of ['done', 'failed'] as const) {
      const batch: BatchState = { status, heartbeatAt: beat, finishedAt };
      expect(isInterrupted(batch, after(365 * 86_400_000))).toBe(false);
      expect(shownStatus(batch, after(365 * 86_400_000))).toEqual({ status, finishedAt });
    }
  });
});
