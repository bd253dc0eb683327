import type { RejectionIssue } from './rejections.js';

/** Rows of one batch with their line numbers, validated. */
export type Batch<Row> = { line: number; row: Row }[];

/** What writing one batch did; `changedCompanies` are shared companies whose jobs changed. */
export interface BatchResult {
  inserted: number;
  updated: number;
  skipped: number;
  changedCompanies?: readonly string[];
}

export type Reject = (line: number, reason: string, issues: RejectionIssue[]) => void;
