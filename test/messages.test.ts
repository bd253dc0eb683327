import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { negotiateLanguage } from '../src/platform/http/language.js';
import { dutchFor, translate } from '../src/platform/http/messages.js';

const SRC = join(import.meta.dirname, '..', 'src');
/** Import row reasons are translated by the web app (docs/import.md); the CLI and the demo speak to the operator. */
const ELSEWHERE = ['discovery/import/', 'cli/', 'demo/', 'platform/http/messages.ts'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** Message texts as the code writes them (in any quotes: a text with an apostrophe is in double ones); `${…}` becomes a sample value. */
const MESSAGE = String.raw`(['"\x60])((?:\\.|(?!\1)[^\\])*)\1`;
const PATTERNS = [
  new RegExp(String.raw`\b(?:error|message):\s*${MESSAGE}`, 'g'),
  new RegExp(String.raw`\b(?:conflict|forbidden|notFound)\(\s*${MESSAGE}`, 'g'),
  new RegExp(String.raw`new DomainError\(\s*'[A-Z_]+',\s*${MESSAGE}`, 'g'),
  new RegExp(String.raw`\bproblem\(\s*'[a-z-]+',\s*${MESSAGE}`, 'g'),
  // authorize.ts: what each permission lets one do.
  new RegExp(String.raw`'[a-z]+:[a-z]+':\s*${MESSAGE}`, 'g'),
];

function messagesInCode(): { file: string; text: string }[] {
  return sources(SRC)
    .filter((file) => !ELSEWHERE.some((part) => relative(SRC, file).startsWith(part)))
    .flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      return PATTERNS.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => ({ file: relative(SRC, file), text: match[2]!.replace(/\$\{[^}]*\}/g, '7') })));
    });
}

describe('the server message catalogue', () => {
  it('has Dutch for every message the code can send', () => {
    const messages = messagesInCode();
    expect(messages.length).toBeGreaterThan(50);
    expect(messages.filter(({ text }) => dutchFor(text) === undefined)).toEqual([]);
  });

  it('fills in the varying parts, translating those it knows', () => {
    expect(translate('Company 3f1c0b0e-0000-4000-8000-000000000000 not found.', 'nl')).toBe('Bedrijf 3f1c0b0e-0000-4000-8000-000000000000 niet gevonden.');
    expect(translate('You are not allowed to manage users.', 'nl')).toBe('Je hebt geen toestemming om gebruikers te beheren.');
    expect(translate("Cannot move from 'won' to 'meeting'. Allowed: lost.", 'nl')).toBe("Kan niet van 'won' naar 'meeting'. Toegestaan: lost.");
    expect(translate('Bureau $& Co is already followed by your agency.', 'nl')).toBe('Bureau $& Co wordt al gevolgd door je bureau.');
    expect(translate('Wrong e-mail address or password.', 'en')).toBe('Wrong e-mail address or password.');
    expect(translate('A text nobody wrote down', 'nl')).toBe('A text nobody wrote down');
  });
});

describe('Accept-Language', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['nl', 'nl'],
    ['nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7', 'nl'],
    ['nl-BE', 'nl'],
    ['en-GB,en;q=0.9,nl;q=0.8', 'en'],
    ['de-DE,de;q=0.9,nl;q=0.5', 'nl'],
    ['de-DE,fr;q=0.5', 'en'],
    ['en;q=0.2, nl;q=0.9', 'nl'],
    ['nl;q=0, en', 'en'],
    ['*', 'en'],
    ['NL', 'nl'],
    ['nl;q=abc', 'en'],
  ])('%j answers in %s', (header, language) => {
    expect(negotiateLanguage(header)).toBe(language);
  });
});
