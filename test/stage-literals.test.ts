import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PIPELINE_TEMPLATES } from '../src/pipeline/domain/index.js';
import { findStageLiterals } from './support/stage-literals.js';

/*
 * Stages are pipeline data (SPEC R3.1; issue 12): nothing in the web app or
 * the server outside the pipeline module may compare a stage to a literal
 * key such as 'lost'. The pipeline module itself holds the templates and
 * the rules that read them. Migrations are left out: each is the schema as
 * of its day, history that must not change. Tests may name the stages they
 * drive.
 */
const ROOT = join(import.meta.dirname, '..');
const STAGE_KEYS = [...new Set(PIPELINE_TEMPLATES.flatMap((template) => template.stages.map((stage) => stage.key)))];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.(test|int\.test|property\.int\.test)\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

const checked = (file: string) => !file.startsWith(join('src', 'pipeline')) && !file.startsWith(join('src', 'platform', 'db', 'migrations'));

describe('stage keys are data, not literals', () => {
  it('knows the stage keys of every template', () => {
    expect(STAGE_KEYS).toEqual(expect.arrayContaining(['prospect', 'contacted', 'meeting', 'won', 'lost', 'proposal_sent', 'active', 'dormant', 'on_hold']));
  });

  it('finds no comparison of a stage to a literal key in the server outside src/pipeline, nor in the web app', () => {
    const files = [...sourceFiles('src'), ...sourceFiles(join('web', 'src'))].filter(checked);
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.flatMap((file) => findStageLiterals(readFileSync(join(ROOT, file), 'utf8'), STAGE_KEYS).map((hit) => `${file}:${hit.line}: ${hit.text}`));
    expect(offenders).toEqual([]);
  });
});

describe('the scanner', () => {
  const hits = (source: string) => findStageLiterals(source, STAGE_KEYS).map((hit) => hit.key);

  it.each([
    ["if (to === 'lost') setPendingLost(card);", 'lost'],
    ["lossReason: target === 'lost' ? reason : undefined,", 'lost'],
    ["const toWon = a?.velocity.find((v) => v.stage === 'won');", 'won'],
    ["velocity.filter((row) => row.stage === 'meeting' || row.stage === 'won');", 'meeting'],
    ["if ('lost' !== company.client_status) return;", 'lost'],
    ['if (column.key == "dormant") hide();', 'dormant'],
    ["const open = status != 'won';", 'won'],
    ["switch (request.status) {\n  case 'won':\n    return 1;\n}", 'won'],
    ["if (allowed.includes('lost')) offerLoss();", 'lost'],
    ["if (['won', 'lost'].includes(row.status)) end();", 'won'],
    ["await sql`select * from companies where client_status = 'lost'`.execute(db);", 'lost'],
    ["sql`... and c.client_status <> 'won'`", 'won'],
    ["sql`where a.new_status in ('won', 'lost')`", 'won'],
    [".where('client_status', '=', 'lost')", 'lost'],
    [".where('c.client_status', 'in', ['won', 'lost'])", 'won'],
    ["await changeStatus(db, actor, { companyId, status: 'lost', lossReason: 'no_response' });", 'lost'],
    ["submit(pendingLost, { to: 'lost', ...reason });", 'lost'],
    ["{ key: 'contacted_no_progress', stage: 'contacted', afterDays: 7 },", 'contacted'],
    ["export const FOLLOW_UP_STAGE = 'contacted';", 'contacted'],
    ["const won = tint(stages.color('won'), 0.45);", 'won'],
    ["const lost = findStage(pipeline, 'lost');", 'lost'],
    ["const count = summary.byStage['dormant'];", 'dormant'],
  ])('flags %s', (source, key) => {
    expect(hits(source)).toContain(key);
  });

  it.each([
    "if (stage.outcome === 'lost') askReason();",
    "const ended = column.outcome === 'won' || column.outcome === 'lost';",
    "const winning = stages.withOutcome('won') ?? '';",
    "switch (stage.outcome) {\n  case 'lost':\n    return 'red';\n}",
    "export type Outcome = 'won' | 'lost' | 'on_hold';",
    'interface Row { status: "won" | "lost" }',
    "const tiles = [{ key: 'won', label: t('dashboard.kpi.won') }];",
    "if (STAGE_OUTCOMES.includes('lost')) {}",
    "if (stage.requires.some((r) => r.kind === 'lossReason')) {}",
    "t('dashboard.kpi.won')",
    "if (status === pipeline.entryStage) start();",
    "// if (to === 'lost') was the old way\nconst x = 1;",
    "/* status: 'lost' */ const y = 2;",
    "const label = 'lost';",
    "if (filter === 'active') show();",
    "className={index === active ? 'active' : ''}",
    "const text = trend === 'new' ? t('dashboard.change.new') : '';",
    "const color = stages.color(column.key);",
  ])('passes %s', (source) => {
    expect(hits(source)).toEqual([]);
  });

  it('says where: the line and its text', () => {
    expect(findStageLiterals("const a = 1;\n\nif (to === 'won') go();\n", STAGE_KEYS)).toEqual([{ line: 3, key: 'won', text: "if (to === 'won') go();" }]);
  });
});
