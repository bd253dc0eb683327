import type { ImportPlan, LineNote, RejectCode, WarningCode } from './domain/index.js';
import type { LoadedImport } from './import-input.js';
import type { CompanyAction, ResolvedCompany } from './resolve-companies.js';

/** How many lines of the file the preview shows. */
export const PREVIEW_ROWS = 20;

export interface RowView {
  line: number;
  companyName: string | null;
  /** What the line does: its company's action on the company's first line, `same` on its other lines, `reject` when refused. */
  action: CompanyAction | 'same' | 'reject';
  firstLine: number | null;
  stage: string | null;
  ownerId: string | null;
  contact: string | null;
  note: boolean;
  warnings: LineNote<WarningCode>[];
  reject: LineNote<RejectCode> | null;
}

export interface PlanSummary {
  rows: number;
  companies: number;
  create: number;
  link: number;
  existing: number;
  skip: number;
  contacts: number;
  notes: number;
  rejected: number;
  warnings: number;
  /** Companies placed without an owner. */
  unassigned: number;
  /** Companies placed, per stage. */
  byStage: { stage: string; count: number }[];
}

export interface PlanView {
  fileId: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  source: LoadedImport['options']['source'];
  detectedSource: LoadedImport['detectedSource'];
  headers: string[];
  columns: LoadedImport['options']['columns'];
  pipelineId: string;
  stages: ImportPlan['stages'];
  lossReasons: ImportPlan['lossReasons'];
  owners: ImportPlan['owners'];
  rows: RowView[];
  summary: PlanSummary;
  rejects: LineNote<RejectCode>[];
  warnings: LineNote<WarningCode>[];
}

/** What a run of the plan would do (placed companies count as `create` or `link`), and the first lines' actions. */
export function planView(loaded: LoadedImport, resolved: readonly ResolvedCompany[]): PlanView {
  const { plan, table } = loaded;
  const byKey = new Map(resolved.map((r) => [r.planned.key, r]));
  const rowByLine = new Map(plan.rows.map((r) => [r.line, r]));
  const rejectByLine = new Map(plan.rejects.map((r) => [r.line, r]));
  const lines = [...table.rows.map((r) => r.line), ...plan.rejects.map((r) => r.line)];
  const firstLines = [...new Set(lines)].sort((a, b) => a - b).slice(0, PREVIEW_ROWS);
  const rows = firstLines.map((line): RowView => {
    const reject = rejectByLine.get(line) ?? null;
    const row = rowByLine.get(line);
    const company = row ? byKey.get(row.companyKey) : undefined;
    const warnings = plan.warnings.filter((w) => w.line === line);
    if (reject || !row || !company) {
      return { line, companyName: null, action: 'reject', firstLine: null, stage: null, ownerId: null, contact: null, note: false, warnings, reject };
    }
    const placed = company.action === 'create' || company.action === 'link';
    return {
      line,
      companyName: company.planned.name,
      action: row.firstLine === line ? company.action : 'same',
      firstLine: row.firstLine,
      stage: placed ? company.planned.stage : (company.record?.client_status ?? null),
      ownerId: placed ? company.planned.ownerId : (company.record?.owner_id ?? null),
      contact: row.contact,
      note: row.note,
      warnings,
      reject: null,
    };
  });
  const placed = resolved.filter((r) => r.action === 'create' || r.action === 'link');
  const byStage = new Map<string, number>();
  for (const r of placed) byStage.set(r.planned.stage, (byStage.get(r.planned.stage) ?? 0) + 1);
  const count = (action: CompanyAction) => resolved.filter((r) => r.action === action).length;
  return {
    fileId: loaded.fileId,
    fileName: loaded.fileName,
    format: loaded.format,
    source: loaded.options.source,
    detectedSource: loaded.detectedSource,
    headers: table.headers,
    columns: loaded.options.columns,
    pipelineId: loaded.pipeline.id,
    stages: plan.stages,
    lossReasons: plan.lossReasons,
    owners: plan.owners,
    rows,
    summary: {
      rows: table.rows.length + (table.unreadable?.length ?? 0),
      companies: resolved.length,
      create: count('create'),
      link: count('link'),
      existing: count('existing'),
      skip: count('skip'),
      contacts: resolved.reduce((sum, r) => sum + r.contacts.length, 0),
      notes: resolved.reduce((sum, r) => sum + r.notes.length, 0),
      rejected: plan.rejects.length,
      warnings: plan.warnings.length,
      unassigned: placed.filter((r) => r.planned.ownerId === null).length,
      byStage: loaded.pipeline.stages.filter((s) => byStage.has(s.key)).map((s) => ({ stage: s.key, count: byStage.get(s.key)! })),
    },
    rejects: plan.rejects,
    warnings: plan.warnings,
  };
}
