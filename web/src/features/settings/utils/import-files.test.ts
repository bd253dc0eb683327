import { describe, expect, it } from 'vitest';
import { formatBytes, importContentType, percent, readNdjson } from './import-files';

describe('reading a streamed JSON Lines response', () => {
  it('reads complete lines and waits for the one still arriving', () => {
    const text = '{"phase":"rows","bytesRead":10}\n{"phase":"ro';
    const first = readNdjson<{ phase: string }>(text, 0);
    expect(first.events).toEqual([{ phase: 'rows', bytesRead: 10 }]);
    const more = `${text}ws","bytesRead":20}\n{"phase":"done","bytesRead":30}\n`;
    const second = readNdjson<{ bytesRead: number }>(more, first.offset);
    expect(second.events.map((e) => e.bytesRead)).toEqual([20, 30]);
    expect(readNdjson(more, second.offset).events).toEqual([]);
  });

  it('reads a last line without a newline when the response is complete', () => {
    expect(readNdjson('{"a":1}\n{"a":2}', 0, true).events).toEqual([{ a: 1 }, { a: 2 }]);
  });
});

describe('upload helpers', () => {
  it('sends CSV as text/csv and JSON Lines as application/x-ndjson, refusing other files', () => {
    expect(importContentType('bedrijven.CSV')).toBe('text/csv');
    expect(importContentType('jobs.jsonl')).toBe('application/x-ndjson');
    expect(importContentType('jobs.ndjson')).toBe('application/x-ndjson');
    expect(importContentType('jobs.xlsx')).toBeNull();
  });

  it('says file sizes in B, KB or MB with one decimal', () => {
    const format = (n: number) => new Intl.NumberFormat('nl-NL').format(n);
    expect(formatBytes(221, format)).toBe('221 B');
    expect(formatBytes(12_600, format)).toBe('12,3 KB');
    expect(formatBytes(50_440_000, format)).toBe('48,1 MB');
  });

  it('rounds percentages and never passes 100', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(5, 4)).toBe(100);
    expect(percent(1, 0)).toBe(0);
  });
});
