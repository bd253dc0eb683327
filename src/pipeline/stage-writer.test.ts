import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * The one-writer rule (docs/architecture.md): only src/pipeline/stage-writer.ts
 * writes a record's stage. This reads every source file of src/ and fails on
 * any other statement that writes dossiers' stage columns (stage,
 * stage_changed_at, pipeline_id, resume_at) or companies.client_status,
 * client_status_changed_at, pipeline_id or resume_at (a record's stage means its stage in its pipeline, and the day an On hold stay ends) — through Kysely (updateTable/insertInto('companies')
 * with set/values/doUpdateSet naming a stage column, or passing something the
 * test cannot read, such as a variable) or through raw SQL.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const WRITER = 'src/pipeline/stage-writer.ts';
/** The stage columns of each table that has them: companies, and dossiers (leads and opportunities). */
const STAGE_COLUMNS: Record<string, RegExp> = {
  companies: /\b(client_status(_changed_at)?|pipeline_id|resume_at)\b/,
  dossiers: /\b(stage(_changed_at)?|pipeline_id|resume_at)\b/,
};
const WRITE_METHODS = new Set(['set', 'values', 'doUpdateSet']);
const RAW_STAGE_WRITE = [
  /\b(update\s+companies\b[^;]*?\bset\b[^;]*?\b(client_status|pipeline_id|resume_at)|insert\s+into\s+companies\b[^;]*?\b(client_status|pipeline_id|resume_at))/i,
  /\b(update\s+dossiers\b[^;]*?\bset\b[^;]*?\b(stage|stage_changed_at|pipeline_id|resume_at)\b|insert\s+into\s+dossiers\b[^;]*?\b(stage|pipeline_id|resume_at)\b)/i,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts') ? [relative(ROOT, path)] : [];
  });
}

/** Where `source` writes a stage column, as "file:line what". */
function stageWrites(file: string, source: string): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node) => `${file}:${tree.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;

  const visit = (node: ts.Node): void => {
    // updateTable('companies') / insertInto('companies as c'): inspect the chain built on it.
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const table = node.arguments[0];
      const name = table && ts.isStringLiteralLike(table) ? /^(companies|dossiers)(\s|$)/.exec(table.text)?.[1] : undefined;
      if ((method === 'updateTable' || method === 'insertInto') && name) {
        for (const write of writesInChain(node, STAGE_COLUMNS[name]!)) found.push(`${at(write)} ${method}('${name}') … ${write.expression.getText(tree).split('.').at(-1)}(…)`);
      }
    }
    // Raw SQL in template literals and strings.
    if (ts.isTemplateExpression(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isStringLiteral(node)) {
      if (RAW_STAGE_WRITE.some((pattern) => pattern.test(node.getText(tree)))) found.push(`${at(node)} raw SQL`);
    }
    ts.forEachChild(node, visit);
  };

  /** The set/values/doUpdateSet calls of the chain that starts at `start` and write (or may write) a stage column. */
  function writesInChain(start: ts.CallExpression, column: RegExp): ts.CallExpression[] {
    const mayWriteStage = (argument: ts.Node) => mayWrite(argument, column);
    const writes: ts.CallExpression[] = [];
    let node: ts.Node = start;
    while (ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node && ts.isCallExpression(node.parent.parent)) {
      const call = node.parent.parent;
      if (WRITE_METHODS.has(node.parent.name.text) && call.arguments.some((argument) => mayWriteStage(argument))) writes.push(call);
      // onConflict((oc) => oc.doUpdateSet({...})) writes too.
      if (node.parent.name.text === 'onConflict') call.arguments.forEach((argument) => argument.forEachChild(function inner(child): void {
        if (ts.isCallExpression(child) && ts.isPropertyAccessExpression(child.expression) && child.expression.name.text === 'doUpdateSet' && child.arguments.some(mayWriteStage)) writes.push(child);
        child.forEachChild(inner);
      }));
      node = call;
    }
    return writes;
  }

  /** True when the written object names a stage column, or is built from something this test cannot see (a variable, a spread variable, a function). */
  function mayWrite(argument: ts.Node, column: RegExp): boolean {
    if (column.test(argument.getText(tree))) return true;
    let opaque = false;
    const check = (node: ts.Node): void => {
      if (ts.isSpreadAssignment(node) && (ts.isIdentifier(node.expression) || ts.isPropertyAccessExpression(node.expression))) opaque = true;
      node.forEachChild(check);
    };
    if (ts.isObjectLiteralExpression(argument)) check(argument);
    else if (ts.isStringLiteralLike(argument)) return false;
    else opaque = !ts.isArrowFunction(argument) || !ts.isObjectLiteralExpression(argument.body);
    return opaque;
  }

  visit(tree);
  return found;
}

describe('one stage writer', () => {
  it(`lets only ${WRITER} write companies.client_status, client_status_changed_at, pipeline_id and resume_at, and dossiers.stage, stage_changed_at, pipeline_id and resume_at`, () => {
    const files = sourceFiles(join(ROOT, 'src'));
    // A migration moves existing data once, before any writer runs (2026-12-11T0900 puts every company on its pipeline).
    const writes = files.filter((file) => file !== WRITER && !file.startsWith('src/platform/db/migrations/')).flatMap((file) => stageWrites(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(writes).toEqual([]);
    expect(files).toContain(WRITER);
  });

  it('finds the writes it is meant to find', () => {
    const found = (code: string) => stageWrites('example.ts', code).length;
    expect(found(`db.updateTable('companies').set({ client_status: 'won' }).where('id', '=', id).execute();`)).toBe(1);
    expect(found(`trx.updateTable('companies').where('id', '=', id).set({ deleted_at: null, client_status_changed_at: now }).execute();`)).toBe(1);
    expect(found(`db.insertInto('companies').values({ agency_id, client_status: entry }).execute();`)).toBe(1);
    expect(found(`db.insertInto('companies').values(rows).execute();`)).toBe(1);
    expect(found(`db.updateTable('companies as c').set({ ...changes }).execute();`)).toBe(1);
    expect(found(`db.updateTable('companies').set({ pipeline_id: other }).execute();`)).toBe(1);
    expect(found('await sql`update companies set pipeline_id = ${p} where id = ${id}`.execute(db);')).toBe(1);
    expect(found(`db.updateTable('companies').set((eb) => ({ client_status: eb.ref('x') })).execute();`)).toBe(1);
    expect(found(`db.insertInto('companies').values({ agency_id }).onConflict((oc) => oc.column('id').doUpdateSet({ client_status: 'x' }));`)).toBe(1);
    expect(found('await sql`update companies set owner_id = 1, client_status = ${s} where id = ${id}`.execute(db);')).toBe(1);
    expect(found("await db.executeQuery(sql.raw('INSERT INTO companies (agency_id, client_status) VALUES ($1, $2)'));")).toBe(1);
    expect(found(`trx.updateTable('dossiers').set({ stage: 'won' }).execute();`)).toBe(1);
    expect(found(`trx.insertInto('dossiers').values({ ...values, agency_id }).execute();`)).toBe(1);
    expect(found('await sql`update dossiers set stage_changed_at = now() where id = ${id}`.execute(db);')).toBe(1);
    // Reads and other columns are fine.
    expect(found(`trx.updateTable('dossiers').set({ title: 'x', owner_id: y }).execute();`)).toBe(0);
    expect(found(`db.updateTable('companies').set({ favorited: true, ...(x ? { owner_id: y } : {}) }).execute();`)).toBe(0);
    expect(found(`db.updateTable('companies').set({ deleted_at: now }).where('client_status', '=', 'won').execute();`)).toBe(0);
    expect(found(`db.selectFrom('companies').select('client_status').execute();`)).toBe(0);
    expect(found('sql`select client_status from companies where id = ${id}`')).toBe(0);
    expect(found(`db.updateTable('users').set({ client_status: 'x' }).execute();`)).toBe(0);
  });
});
