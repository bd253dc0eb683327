import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Goal {
  figure: string;
  op: '>=' | '<=';
  value: number;
}

export interface BenchResult {
  name: string;
  date: string;
  node: string;
  figures: Record<string, number>;
  goals: Goal[];
}

/** Prints the figures and goals, and writes bench/results/NAME.json unless this is a smoke run. */
export function report(name: string, figures: Record<string, number>, goals: Goal[], options: { write: boolean }): BenchResult {
  const result: BenchResult = { name, date: new Date().toISOString(), node: process.version, figures, goals };
  console.log(`\n${name}`);
  for (const [key, value] of Object.entries(figures)) console.log(`  ${key.padEnd(36)} ${format(value)}`);
  for (const goal of goals) {
    const actual = figures[goal.figure]!;
    const met = goal.op === '>=' ? actual >= goal.value : actual <= goal.value;
    console.log(`  goal ${goal.figure} ${goal.op} ${goal.value}: ${met ? 'met' : 'NOT met'} (${format(actual)})`);
  }
  if (options.write) {
    const dir = join(import.meta.dirname, '..', '..', '..', 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
    console.log(`  written to bench/results/${name}.json`);
  }
  return result;
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

/** The p-th percentile (0–100) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
