/**
 * The complete JSON lines of a growing response text from `offset` on, and
 * the offset after the last complete line (a line still arriving waits).
 */
export function readNdjson<T>(text: string, offset: number, final = false): { events: T[]; offset: number } {
  const end = final ? text.length : text.lastIndexOf('\n') + 1;
  if (end <= offset) return { events: [], offset };
  const events = text
    .slice(offset, end)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
  return { events, offset: end };
}

/** The Content-Type to upload a file as, by its extension; null when the import does not read it. */
export function importContentType(fileName: string): 'text/csv' | 'application/x-ndjson' | null {
  const extension = fileName.toLowerCase().split('.').pop();
  if (extension === 'csv') return 'text/csv';
  if (extension === 'jsonl' || extension === 'ndjson') return 'application/x-ndjson';
  return null;
}

/** A share as a whole percentage, 0–100. */
export const percent = (done: number, total: number) => (total <= 0 ? 0 : Math.min(100, Math.round((done / total) * 100)));

/** A file size for people: "221 B", "12,3 KB", "48,1 MB", with the user's number format. */
export function formatBytes(bytes: number, format: (n: number) => string): string {
  if (bytes < 1024) return `${format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format(Math.round(bytes / 102.4) / 10)} KB`;
  return `${format(Math.round(bytes / 104_857.6) / 10)} MB`;
}
