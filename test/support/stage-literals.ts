/*
 * Finds code that compares a record's stage to a literal stage key
 * (test/stage-literals.test.ts). Stages are pipeline data (SPEC R3.1): a
 * check such as `to === 'lost'` works for one template and silently fails
 * for every other pipeline, where the question is the stage's outcome or
 * gate (`stage.outcome === 'lost'`, `requires` a loss reason).
 *
 * The outcomes share names with stage keys (won, lost, on_hold), so a
 * literal is flagged only where it is tied to an expression that holds a
 * stage: one whose name (its last identifier) says status, stage, target
 * or key, or is `to` / `from`. The shapes:
 *   - an equality: `x.stage === 'won'`, `'lost' !== to`, SQL `client_status = 'lost'` / `<> 'lost'`;
 *   - a `case 'lost':` in a switch over such an expression;
 *   - `.includes('lost')`, and `['won', 'lost'].includes(status)`;
 *   - SQL `status in ('won', 'lost')`, Kysely `.where('client_status', '=', 'lost')`;
 *   - a lookup by key: `stages.color('won')`, `findStage(pipeline, 'lost')`, `byStage['won']`
 *     (a lookup by outcome, `stages.withOutcome('won')`, is not);
 *   - a stage-named property or constant set to a key: `status: 'lost'`, `FOLLOW_UP_STAGE = 'contacted'`.
 * A literal in a union type (`'won' | 'lost'`) is a type, not a comparison.
 */

export interface StageLiteral {
  line: number;
  key: string;
  text: string;
}

const STAGE_NAME = /(status|stage|target|key)$/i;
const MOVE_NAME = /^(to|from)$/;
/** Names that hold a stage when set to a literal (`key: 'won'` is usually a React or tile key: not counted). */
const SET_NAME = /(status|stage|target)$/i;

/** The last identifier of an operand such as `row.stage`, `stage?.outcome`, `c.client_status`, `column['key']`. */
function lastName(operand: string): string {
  const names = operand.match(/[A-Za-z_$][\w$]*/g);
  return names?.at(-1) ?? '';
}

const holdsStage = (operand: string) => {
  const name = lastName(operand);
  return STAGE_NAME.test(name) || MOVE_NAME.test(name);
};

/** Replaces comments by spaces, keeping line breaks and string contents (so positions and line numbers stay). */
export function stripComments(source: string): string {
  let out = '';
  let i = 0;
  let quote: string | null = null;
  while (i < source.length) {
    const c = source[i]!;
    const next = source[i + 1];
    if (quote) {
      out += c;
      if (c === '\\') {
        out += next ?? '';
        i += 2;
        continue;
      }
      if (c === quote) quote = null;
      i++;
    } else if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') {
        out += ' ';
        i++;
      }
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else {
      if (c === "'" || c === '"' || c === '`') quote = c;
      out += c;
      i++;
    }
  }
  return out;
}

/** Every place in `source` where a literal of `keys` is compared to, looked up in, or set on a stage expression. */
export function findStageLiterals(source: string, keys: Iterable<string>): StageLiteral[] {
  const code = stripComments(source);
  const alternatives = [...new Set(keys)].map((key) => key.replace(/[^\w]/g, '')).join('|');
  if (!alternatives) return [];
  const lit = `['"\`](${alternatives})['"\`]`;
  const listOf = `${lit}(?:\\s*,\\s*['"\`](?:${alternatives})['"\`])*`;
  const operand = String.raw`[\w$]+(?:(?:\?\.|\.)[\w$]+|\[['"\w$]+\])*`;
  const found = new Map<number, StageLiteral>();
  const flag = (index: number, key: string) => {
    if (found.has(index)) return;
    const line = code.slice(0, index).split('\n').length;
    found.set(index, { line, key, text: source.split('\n')[line - 1]!.trim() });
  };
  const inUnionType = (start: number, end: number) => /\|\s*$/.test(code.slice(Math.max(0, start - 4), start)) || /^\s*\|(?!\|)/.test(code.slice(end, end + 4));

  // operand == literal (also SQL = and <>).
  for (const m of code.matchAll(new RegExp(`(${operand})\\s*(===|!==|==|!=|<>|(?<![=!<>])=(?![=>]))\\s*${lit}`, 'g'))) {
    const [whole, left, op, key] = m as unknown as [string, string, string, string];
    const end = m.index + whole.length;
    const literalAt = end - key.length - 2;
    if (inUnionType(literalAt, end)) continue;
    // A bare `name = 'x'` (no dot) is a JS assignment, not SQL: only stage-like names set to a key count.
    const isSet = op === '=' && !left.includes('.');
    if (isSet ? SET_NAME.test(lastName(left)) || MOVE_NAME.test(lastName(left)) : holdsStage(left)) flag(literalAt, key);
  }
  // literal == operand.
  for (const m of code.matchAll(new RegExp(`${lit}\\s*(===|!==|==|!=|<>)\\s*(${operand})`, 'g'))) {
    if (holdsStage(m[3]!)) flag(m.index, m[1]!);
  }
  // case 'lost': within a switch over a stage expression.
  for (const m of code.matchAll(new RegExp(`\\bcase\\s+${lit}\\s*:`, 'g'))) {
    const subjects = [...code.slice(0, m.index).matchAll(/\bswitch\s*\(([^)]*)\)/g)];
    const subject = subjects.at(-1)?.[1] ?? '';
    if (holdsStage(subject.trim())) flag(m.index, m[1]!);
  }
  // something.includes('lost'): a list of stages asked for one key (a list of outcomes is not).
  for (const m of code.matchAll(new RegExp(`(${operand})\\s*\\.includes\\(\\s*${lit}\\s*\\)`, 'g'))) {
    if (!/outcome/i.test(lastName(m[1]!))) flag(m.index, m[2]!);
  }
  // ['won', 'lost'].includes(status), and SQL: status in ('won', 'lost').
  for (const m of code.matchAll(new RegExp(`\\[\\s*${listOf}\\s*\\]\\s*\\.includes\\(\\s*(${operand})\\s*\\)`, 'g'))) {
    if (holdsStage(m[2]!)) flag(m.index, m[1]!);
  }
  for (const m of code.matchAll(new RegExp(`(${operand})\\s+(?:not\\s+)?in\\s*\\(\\s*${listOf}`, 'gi'))) {
    if (holdsStage(m[1]!)) flag(m.index, m[2]!);
  }
  // Kysely: .where('client_status', '=', 'lost') / ('stage', 'in', ['won', 'lost']).
  for (const m of code.matchAll(new RegExp(`['"](${operand})['"]\\s*,\\s*['"](?:=|==|!=|<>|in|not in)['"]\\s*,\\s*\\[?\\s*${lit}`, 'g'))) {
    if (holdsStage(m[1]!)) flag(m.index, m[2]!);
  }
  // Lookups by key: stages.color('won'), stageLabels.label('lost'), findStage(pipeline, 'lost'), byStage['won'].
  for (const m of code.matchAll(new RegExp(`(${operand})\\s*\\(\\s*(?:[\\w$.]+\\s*,\\s*)?${lit}\\s*[,)]`, 'g'))) {
    const callee = m[1]!;
    const receiver = callee.includes('.') ? callee.slice(0, callee.lastIndexOf('.')) : '';
    // A lookup by outcome (stages.withOutcome('won')) asks the pipeline which stage wins: that is the data-driven way.
    if (/outcome/i.test(lastName(callee))) continue;
    if (/stages?$|stageLabels?$/i.test(lastName(receiver)) || /^findStage$/.test(lastName(callee))) flag(m.index, m[2]!);
  }
  for (const m of code.matchAll(new RegExp(`(${operand})\\[\\s*${lit}\\s*\\]`, 'g'))) {
    if (/(stages?|statuses|byStage|perStage|byStatus)$/i.test(lastName(m[1]!))) flag(m.index, m[2]!);
  }
  // status: 'lost' — a stage-named property set to a key (object literals, call arguments).
  for (const m of code.matchAll(new RegExp(`(?<![\\w$?])([\\w$]+)\\s*:\\s*${lit}`, 'g'))) {
    const end = m.index + m[0].length;
    const literalAt = end - m[2]!.length - 2;
    if (inUnionType(literalAt, end)) continue;
    if (SET_NAME.test(m[1]!) || MOVE_NAME.test(m[1]!)) flag(literalAt, m[2]!);
  }
  return [...found.values()].sort((a, b) => a.line - b.line);
}
