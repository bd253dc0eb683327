import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The import rules live in .dependency-cruiser.cjs (run by `npm test`);
 * this keeps files to a size a reader can hold. Data tables are exempt:
 * their length is the data, not the code.
 */
const ROOT = join(import.meta.dirname, '..');
const MAX_LINES = 400;
const DATA_TABLES = new Set(['src/discovery/domain/places-data.ts', 'src/demo/dutch-market.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [relative(ROOT, path)] : [];
  });
}

describe('file size', () => {
  it(`keeps every source file under ${MAX_LINES} lines, data tables aside`, () => {
    const files = ['src', 'web/src', 'bench', 'test'].flatMap((dir) => sourceFiles(join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(100);
    const long = files
      .filter((file) => !DATA_TABLES.has(file))
      .map((file) => ({ file, lines: readFileSync(join(ROOT, file), 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
