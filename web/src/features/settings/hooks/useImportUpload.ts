import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { apiLanguage, type ImportEvent, type ImportKind, type ProblemDetail } from '../../../api/client';
import { importContentType, readNdjson } from '../utils/import-files';

export interface ImportRun {
  state: 'idle' | 'running' | 'done' | 'failed';
  fileSize: number;
  /** Bytes the browser has sent. */
  uploaded: number;
  /** The server's latest progress line. */
  event: ImportEvent | null;
  /** Why it failed: an HTTP problem, a failed line, or no connection (status 0). */
  problem: ProblemDetail | null;
}

const IDLE: ImportRun = { state: 'idle', fileSize: 0, uploaded: 0, event: null, problem: null };

/**
 * Uploads an import file with XMLHttpRequest, for its upload progress, and
 * follows the server's JSON Lines progress as the response streams in.
 */
export function useImportUpload() {
  const queryClient = useQueryClient();
  const [run, setRun] = useState<ImportRun>(IDLE);
  const request = useRef<XMLHttpRequest | null>(null);

  const start = useCallback(
    (kind: ImportKind, file: File) => {
      const contentType = importContentType(file.name);
      if (!contentType) {
        setRun({ ...IDLE, state: 'failed', problem: { type: '/problems/unsupported-media-type', title: '', status: 415, detail: '' } });
        return;
      }
      const xhr = new XMLHttpRequest();
      request.current = xhr;
      let offset = 0;
      setRun({ ...IDLE, state: 'running', fileSize: file.size });
      const readLines = (final: boolean) => {
        if (xhr.status !== 200) return;
        const read = readNdjson<ImportEvent>(xhr.responseText, offset, final);
        offset = read.offset;
        const last = read.events.at(-1);
        if (!last) return;
        setRun((current) => ({
          ...current,
          uploaded: current.fileSize,
          event: last,
          state: last.phase === 'done' ? 'done' : last.phase === 'failed' ? 'failed' : current.state,
          problem: last.phase === 'failed' ? (last.problem ?? null) : current.problem,
        }));
      };
      xhr.upload.onprogress = (event) => setRun((current) => ({ ...current, uploaded: event.loaded }));
      xhr.onprogress = () => readLines(false);
      xhr.onload = () => {
        if (xhr.status === 200) {
          readLines(true);
          // A response that ends without a last line was cut off.
          setRun((current) => (current.state === 'running' ? { ...current, state: 'failed', problem: problemOf(0, '') } : current));
          for (const key of ['discovery', 'industries', 'global-company', 'hiring', 'jobs', 'decision-makers']) void queryClient.invalidateQueries({ queryKey: [key] });
        } else {
          setRun((current) => ({ ...current, state: 'failed', problem: problemOf(xhr.status, xhr.responseText) }));
        }
      };
      xhr.onerror = () => setRun((current) => ({ ...current, state: 'failed', problem: problemOf(0, '') }));
      xhr.open('POST', `/api/imports/${kind}`);
      xhr.setRequestHeader('Content-Type', contentType);
      xhr.setRequestHeader('Accept-Language', apiLanguage());
      xhr.send(file);
    },
    [queryClient],
  );

  // An import that has started runs to its end on the server (an aborted upload would cut it off half way), so there is no cancel.
  const reset = useCallback(() => setRun(IDLE), []);
  return { run, start, reset };
}

function problemOf(status: number, body: string): ProblemDetail {
  try {
    const parsed = JSON.parse(body) as Partial<ProblemDetail>;
    return { type: parsed.type ?? '', title: parsed.title ?? '', status: parsed.status ?? status, detail: parsed.detail ?? '' };
  } catch {
    return { type: '', title: '', status, detail: '' };
  }
}
