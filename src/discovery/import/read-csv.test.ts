import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, readRecords, type SourceRow } from './read-records.js';

/*
 * The fast CSV reader (read-csv.ts) against csv-parse, which read every
 * import before it: the same rows, refusals, messages and line numbers,
 * however a file is made and however it arrives in chunks.
 */

// By line: csv-parse reports a refused row as it reads it, ahead of the good rows of the same chunk still queued (the import sorts refusals by line).
const collect = async (rows: AsyncIterable<SourceRow>) => {
  const all: SourceRow[] = [];
  for await (const row of rows) all.push(row);
  return all.sort((a, b) => a.line - b.line);
};

/** The file in chunks cut at these byte offsets (a cut may fall inside a character). */
const chunked = (bytes: Buffer, cuts: number[]) => {
  const at = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const cut of [...at, bytes.length]) {
    if (cut > from) chunks.push(bytes.subarray(from, cut));
    from = cut;
  }
  return Readable.from(chunks, { objectMode: false });
};

const fast = (bytes: Buffer, cuts: number[] = []) => collect(readRecords(chunked(bytes, cuts), 'csv'));
const reference = (bytes: Buffer) => collect(parseCsv(Readable.from([bytes], { objectMode: false })));

// Pieces of well-formed and broken CSV: separators, quotes, both line breaks, spaces csv-parse trims and some it does not.
const piece = fc.constantFrom('a', 'Bé', 'x y', ' ', '\t', '\f', '\u00a0', ',', '"', '""', '\n', '\r\n', '\r', '\\', 'ë,"q"', '"a\nb"', '"c""d"', '  "e"  ');
const cell = fc.oneof(
  fc.constantFrom('', 'Rijn B.V.', ' spaties ', 'ĳssel', '€ 5.000', '\\N', '\t'),
  fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', '"', '\n', '\r', '\t', '\\') }).map((text) => `"${text.replaceAll('"', '""')}"`),
);
/** Mostly well-formed files with some breakage, and files of pieces at random. */
const file = fc.oneof(
  fc
    .tuple(fc.constantFrom('\n', '\r\n'), fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 12 }), fc.array(fc.tuple(fc.nat(), piece), { maxLength: 3 }))
    .map(([newline, rows, breaks]) => {
      let text = ['a,b,c', ...rows.map((row) => row.join(','))].join(newline);
      for (const [at, inserted] of breaks) text = text.slice(0, at % (text.length + 1)) + inserted + text.slice(at % (text.length + 1));
      return text;
    }),
  fc.array(piece, { maxLength: 40 }).map((pieces) => `a,b\n${pieces.join('')}`),
  fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join('')),
);

describe('CSV reading', () => {
  it('reads exactly what csv-parse reads', async () => {
    await fc.assert(
      fc.asyncProperty(file, fc.boolean(), async (text, bom) => {
        const bytes = Buffer.from(`${bom ? '\ufeff' : ''}${text}`);
        expect(await fast(bytes)).toEqual(await reference(bytes));
      }),
      { numRuns: 1500 },
    );
  });

  // How csv-parse goes on after a broken row depends on where its chunks end, so only files it reads whole are compared in chunks.
  it('reads a well-formed file in any chunks as csv-parse reads it', async () => {
    await fc.assert(
      fc.asyncProperty(file, fc.boolean(), fc.array(fc.nat(), { maxLength: 6 }), async (text, bom, cuts) => {
        const bytes = Buffer.from(`${bom ? '\ufeff' : ''}${text}`);
        const expected = await reference(bytes);
        fc.pre(expected.every((row) => 'record' in row));
        expect(await fast(bytes, cuts)).toEqual(expected);
      }),
      { numRuns: 1500 },
    );
  });

  it('reads a file csv-parse must finish from its broken row on with the same line numbers and messages', async () => {
    const text = ['name,website', 'Goed,goed.nl', '"Twee\nregels",twee.nl', 'Kapot,"half', 'Ook goed,ookgoed.nl', 'Te,veel,velden', 'Laatste,laatste.nl'].join('\r\n');
    const rows = await fast(Buffer.from(text));
    expect(rows).toEqual(await reference(Buffer.from(text)));
    expect(rows[0]).toEqual({ line: 2, record: { name: 'Goed', website: 'goed.nl' } });
    expect(rows[1]).toEqual({ line: 4, record: { name: 'Twee\nregels', website: 'twee.nl' } });
  });

  it('keeps cells as they are: quotes, backslashes, tabs, line breaks and Dutch letters', async () => {
    const text = 'a,b\n"Zeeuws-Vlaanderen ""ĳs"" \\N\tC:\\pad","een\r\ntwee"\n  spaties rond  , \u00a0\n';
    expect(await fast(Buffer.from(text), [5, 6, 7, 23])).toEqual([
      // csv-parse counts both characters of a CRLF inside quotes as a line; so does the fast reader.
      { line: 4, record: { a: 'Zeeuws-Vlaanderen "ĳs" \\N\tC:\\pad', b: 'een\r\ntwee' } },
      { line: 5, record: { a: 'spaties rond', b: '' } },
    ]);
  });

  it('reads a UTF-16 file as csv-parse does', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\n1,2\n', 'utf16le')]);
    expect(await fast(bytes)).toEqual(await reference(bytes));
  });
});
